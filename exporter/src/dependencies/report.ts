/**
 * The dependency-risk report (`GET /api/v1/dependencies`, `mlhealth deps`): the graph, the reach of
 * every raw input and feature, and each single point of failure with its simulated business impact.
 */
import type { CascadeInputs } from '../cascade/types';
import type { Spec } from '../spec/types';
import { buildDependencyGraph } from './graph';
import { failureReaches } from './reach';
import { simulateFailure } from './simulate';
import type { DependencyReport } from './types';

/**
 * Builds the report against `inputs` (live, or the healthy baseline offline) at `now`. Single points of
 * failure are ordered by the number of outcomes they reach, then the outcomes they cut off, then id.
 * Complexity O(candidates × vertices + single points × cascade evaluation).
 *
 * @example dependencyReport(spec, inputs, now).single_points_of_failure.map((s) => s.id)
 * // ['events:fraud', 'promql:prom', 'feature:fraud.merchant_category', …]
 */
export function dependencyReport(spec: Spec, inputs: CascadeInputs, now: number): DependencyReport {
  const graph = buildDependencyGraph(spec);
  const candidates = failureReaches(graph);
  const spofs = candidates
    .filter((c) => c.single_point_of_failure)
    .sort(
      (a, b) =>
        b.reaches.length - a.reaches.length ||
        b.cuts_all_paths_to.length - a.cuts_all_paths_to.length ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((c) => simulateFailure(spec, inputs, now, c));
  return {
    at: now,
    spec: { name: spec.name, version: spec.version },
    graph,
    candidates,
    single_points_of_failure: spofs,
    shared_inputs: candidates.filter((c) => c.shared && !c.single_point_of_failure).map((c) => c.id),
  };
}
