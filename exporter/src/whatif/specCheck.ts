/**
 * Checks a shape-valid scenario request against the spec: every node, source, model, feature and named
 * scenario it names must exist, values go to base nodes only, exposures to nodes with an impact model.
 * Pure; lists every problem with its path so a client can fix the body in one go.
 */
import type { Problem } from '../spec/problem';
import type { NodeSpec, ScenarioChange, Spec } from '../spec/types';

import { join } from './requestChange';
import type { ScenarioRequest } from './types';

function nodeProblem(spec: Spec, id: string, need: 'any' | 'base' | 'impact'): string | null {
  const node: NodeSpec | undefined = spec.nodes.find((n) => n.id === id);
  if (node === undefined) return `no node '${id}' in spec ${spec.name}`;
  const isBase = node.children === undefined || node.children.length === 0;
  if (need === 'base' && !isBase) return `node '${id}' is not a base node; set its score or status instead`;
  if (need === 'impact' && node.impact === undefined) return `node '${id}' has no impact model`;
  return null;
}

/** Problems of one change against the spec, as `{field path suffix, message}` pairs. */
function changeProblems(spec: Spec, c: ScenarioChange): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (field: string, problem: string | null): void => {
    if (problem !== null) out.push([field, problem]);
  };
  if ('node' in c) add('node', nodeProblem(spec, c.node, 'value' in c ? 'base' : 'any'));
  else if ('fail_source' in c) {
    if (!spec.sources.some((s) => s.id === c.fail_source)) {
      const known = spec.sources.map((s) => s.id).join(', ') || 'none';
      add('fail_source', `no source '${c.fail_source}' in spec ${spec.name} (sources: ${known})`);
    }
  } else if ('fail_feature' in c || 'age_model' in c) {
    const key = 'fail_feature' in c ? 'fail_feature' : 'age_model';
    const model = 'fail_feature' in c ? c.fail_feature.model : c.age_model.model;
    const m = spec.models.find((x) => x.id === model);
    if (m === undefined) add(`${key}.model`, `no model '${model}' in spec ${spec.name}`);
    else if ('fail_feature' in c && !m.features.some((f) => f.name === c.fail_feature.feature)) {
      add(`${key}.feature`, `model '${model}' has no feature '${c.fail_feature.feature}'`);
    }
  } else if ('scale_exposure' in c) {
    if (c.scale_exposure.node !== undefined)
      add('scale_exposure.node', nodeProblem(spec, c.scale_exposure.node, 'impact'));
  } else add('set_exposure.node', nodeProblem(spec, c.set_exposure.node, 'impact'));
  return out;
}

/**
 * Every problem of a request against the spec (empty when it can run). Complexity O(changes × nodes).
 *
 * @example scenarioRequestProblems(spec, { changes: [{ fail_source: 'nope' }], failure: 'unknown', market: {} })
 * // [{ path: 'changes[0].fail_source', message: "no source 'nope' in spec payments-and-discovery (sources: prom)" }]
 */
export function scenarioRequestProblems(spec: Spec, request: ScenarioRequest): Problem[] {
  const issues: Problem[] = [];
  if (request.named !== undefined && !spec.scenarios.some((s) => s.id === request.named)) {
    const known = spec.scenarios.map((s) => s.id).join(', ') || 'none';
    issues.push({
      path: 'named',
      message: `no scenario '${request.named}' in spec ${spec.name} (scenarios: ${known})`,
    });
  }
  request.changes.forEach((c, i) => {
    for (const [field, message] of changeProblems(spec, c))
      issues.push({ path: join(`changes[${i}]`, field), message });
  });
  for (const node of Object.keys(request.market.exposures ?? {})) {
    const problem = nodeProblem(spec, node, 'impact');
    if (problem !== null) issues.push({ path: join('market.exposures', node), message: problem });
  }
  return issues;
}
