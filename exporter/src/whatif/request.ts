/**
 * Reads the body of `POST /api/v1/scenarios` (untrusted JSON) into a `ScenarioRequest`, listing every
 * problem at once with its path. Pure. The shape:
 *
 *   { named?: "black_friday",
 *     changes?: [{ node, value | score | status } | { fail_source } | { fail_feature: {model, feature} }
 *                | { age_model: {model, days} } | { scale_exposure: {node?, factor} } | { set_exposure: {node, value} }],
 *     failure?: "unknown" | "worst_case",
 *     market?: { scale_exposure?: number, exposures?: { [node]: number } } }
 */
import type { Problem } from '../spec/problem';
import type { ScenarioChange } from '../spec/types';

import { isObject, join, readChange, unknownKeys } from './requestChange';
import type { MarketConditions, ScenarioRequest } from './types';

export type ParsedRequest = { ok: true; request: ScenarioRequest } | { ok: false; issues: Problem[] };

const TOP_KEYS = ['named', 'changes', 'failure', 'market'] as const;

/**
 * Validates a scenario request's shape (spec references are checked by `scenarioRequestProblems`).
 * Complexity O(size of the body).
 *
 * @example parseScenarioRequest({ changes: [{ fail_source: 'prom' }], market: { scale_exposure: 3 } })
 * // { ok: true, request: { changes: [{ fail_source: 'prom' }], failure: 'unknown', market: { scale_exposure: 3 } } }
 * @example parseScenarioRequest({ changes: [{ node: 'a', score: 2 }] })
 * // { ok: false, issues: [{ path: 'changes[0].score', message: '2 is not in [0, 1]' }] }
 */
export function parseScenarioRequest(body: unknown): ParsedRequest {
  const issues: Problem[] = [];
  if (!isObject(body)) {
    return {
      ok: false,
      issues: [{ path: '', message: 'expected a JSON object with changes, failure, market or named' }],
    };
  }
  issues.push(...unknownKeys(body, TOP_KEYS, ''));
  const changes: ScenarioChange[] = [];
  if (body.changes !== undefined) {
    if (!Array.isArray(body.changes))
      issues.push({ path: 'changes', message: 'expected an array of changes' });
    else body.changes.forEach((c, i) => changes.push(readChange(c, `changes[${i}]`, issues)));
  }
  const failure = body.failure ?? 'unknown';
  if (failure !== 'unknown' && failure !== 'worst_case') {
    issues.push({ path: 'failure', message: `${JSON.stringify(failure)} is not one of unknown, worst_case` });
  }
  const market = readMarket(body.market, issues);
  const request: ScenarioRequest = { changes, failure: failure as ScenarioRequest['failure'], market };
  if (body.named !== undefined) {
    if (typeof body.named !== 'string' || body.named === '') {
      issues.push({ path: 'named', message: `${JSON.stringify(body.named)} is not a scenario id` });
    } else request.named = body.named;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, request };
}

function readMarket(x: unknown, issues: Problem[]): MarketConditions {
  if (x === undefined) return {};
  if (!isObject(x)) {
    issues.push({ path: 'market', message: 'expected an object with scale_exposure and/or exposures' });
    return {};
  }
  issues.push(...unknownKeys(x, ['scale_exposure', 'exposures'], 'market'));
  const market: MarketConditions = {};
  if (x.scale_exposure !== undefined) {
    const f = x.scale_exposure;
    if (typeof f !== 'number' || !Number.isFinite(f) || f < 0) {
      issues.push({
        path: 'market.scale_exposure',
        message: `${JSON.stringify(f)} is not a non-negative number`,
      });
    } else market.scale_exposure = f;
  }
  if (x.exposures !== undefined) {
    if (!isObject(x.exposures)) {
      issues.push({ path: 'market.exposures', message: 'expected an object {node id: exposure}' });
      return market;
    }
    const entries: Array<[string, number]> = [];
    for (const [node, v] of Object.entries(x.exposures)) {
      const path = join('market.exposures', node);
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        issues.push({ path, message: `${JSON.stringify(v)} is not a non-negative number` });
      } else entries.push([node, v]);
    }
    // fromEntries defines own properties, so a node named "__proto__" stays a key, not a prototype.
    market.exposures = Object.fromEntries(entries);
  }
  return market;
}
