/**
 * Runs a what-if request against live inputs: checks it against the spec, applies the changes to
 * copies (the live spec and inputs are never touched) and evaluates both cascades at the same `now`.
 */
import type { Problem } from '../spec/problem';
import { applyScenario, evaluateCascade } from '../cascade';

import type { CascadeInputs } from '../cascade/types';

import type { Spec } from '../spec/types';

import { impactDeltas } from './delta';
import { requestChanges } from './market';
import { scenarioRequestProblems } from './specCheck';
import type { ScenarioOutcome, ScenarioRequest } from './types';

/** A request that does not fit the spec; `issues` lists every problem with its path. */
export class ScenarioRequestError extends Error {
  constructor(readonly issues: Problem[]) {
    super(
      `scenario request: ${issues.map((i) => `${i.path === '' ? '(body)' : i.path}: ${i.message}`).join('; ')}`,
    );
    this.name = 'ScenarioRequestError';
  }
}

/**
 * The live cascade and the scenario cascade at `now`, with the impact delta of every impact node.
 * Complexity: two cascade evaluations, O(changes × nodes) to apply the changes.
 *
 * @throws ScenarioRequestError when the request names something the spec lacks (or the engine refuses a
 *   change); Error from `evaluateCascade` when the spec itself has problems or `now` is not finite.
 * @example runScenario(spec, live, { changes: [{ node: 'fraud.drift.amount', value: 0.3 }], failure: 'unknown', market: { scale_exposure: 3 } }, now)
 * //   .impacts[0] // { node: 'revenue_assurance', live: 1200, scenario: 5100, difference: 3900, ... }
 */
export function runScenario(
  spec: Spec,
  live: CascadeInputs,
  request: ScenarioRequest,
  now: number,
): ScenarioOutcome {
  const problems = scenarioRequestProblems(spec, request);
  if (problems.length > 0) throw new ScenarioRequestError(problems);
  const changes = requestChanges(spec, request);
  let applied;
  try {
    applied = applyScenario(spec, live, changes, { failure: request.failure });
  } catch (err) {
    throw new ScenarioRequestError([{ path: 'changes', message: (err as Error).message }]);
  }
  const liveSnapshot = evaluateCascade(spec, live, now);
  const scenario = evaluateCascade(applied.spec, applied.inputs, now);
  return {
    at: now,
    changes,
    failure: request.failure,
    notes: applied.notes,
    live: liveSnapshot,
    scenario,
    impacts: impactDeltas(spec, liveSnapshot, scenario),
  };
}
