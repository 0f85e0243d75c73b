/**
 * Reads the body of `POST /api/v1/scenarios` (untrusted JSON) into a `ScenarioRequest`, listing every
 * problem at once with its path. Pure. The shape is `SCENARIO_REQUEST_SCHEMA` (a change is the spec's
 * own `CHANGE`), validated by the spec's ajv setup:
 *
 *   { named?: "black_friday",
 *     changes?: [{ node, value | score | status } | { fail_source } | { fail_feature: {model, feature} }
 *                | { age_model: {model, days} } | { scale_exposure: {node?, factor} } | { set_exposure: {node, value} }],
 *     failure?: "unknown" | "worst_case",
 *     market?: { scale_exposure?: number, exposures?: { [node]: number } } }
 */
import type { PathSegment } from '../spec/issues';
import type { Problem } from '../spec/problem';
import { SCENARIO_REQUEST_SCHEMA } from '../spec/schema/scenarioRequest';
import type { ScenarioChange } from '../spec/types';
import { validateAgainst } from '../spec/validateSchema';

import type { MarketConditions, ScenarioRequest } from './types';

export type ParsedRequest = { ok: true; request: ScenarioRequest } | { ok: false; issues: Problem[] };

/** A body that `SCENARIO_REQUEST_SCHEMA` accepts, before defaults. */
interface ValidBody {
  named?: string;
  changes?: ScenarioChange[];
  failure?: ScenarioRequest['failure'];
  market?: MarketConditions;
}

/**
 * Validates a scenario request's shape against `SCENARIO_REQUEST_SCHEMA` (spec references are checked
 * by `scenarioRequestProblems`) and fills the defaults: no changes, failure `unknown`, no market.
 * Paths read like the body: `changes[0].score`, `market.exposures.fraud`, `` for the body itself.
 * Complexity O(size of the body).
 *
 * @example parseScenarioRequest({ changes: [{ fail_source: 'prom' }], market: { scale_exposure: 3 } })
 * // { ok: true, request: { changes: [{ fail_source: 'prom' }], failure: 'unknown', market: { scale_exposure: 3 } } }
 * @example parseScenarioRequest({ changes: [{ node: 'a', score: 2 }] })
 * // { ok: false, issues: [{ path: 'changes[0].score', message: 'must be <= 1 (found 2)' }] }
 */
export function parseScenarioRequest(body: unknown): ParsedRequest {
  const pending = validateAgainst(SCENARIO_REQUEST_SCHEMA, body);
  if (pending.length > 0) {
    return { ok: false, issues: pending.map((p) => ({ path: requestPath(p.path), message: p.message })) };
  }
  const valid = body as ValidBody;
  const request: ScenarioRequest = {
    changes: valid.changes ?? [],
    failure: valid.failure ?? 'unknown',
    market: readMarket(valid.market),
  };
  if (valid.named !== undefined) request.named = valid.named;
  return { ok: true, request };
}

/**
 * `changes[0].score` from `['changes', 0, 'score']`: keys joined by dots as written (so a dotted node id
 * reads `market.exposures.fraud.serving`, as `scenarioRequestProblems` writes it), indexes in brackets.
 */
function requestPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** A copy of valid market conditions with only the keys given. */
function readMarket(x: MarketConditions | undefined): MarketConditions {
  const market: MarketConditions = {};
  if (x?.scale_exposure !== undefined) market.scale_exposure = x.scale_exposure;
  // fromEntries defines own properties, so a node named "__proto__" stays a key, not a prototype.
  if (x?.exposures !== undefined) market.exposures = Object.fromEntries(Object.entries(x.exposures));
  return market;
}
