/**
 * A base node's result from its observation: unknown when there is no fresh value, otherwise status
 * from thresholds and score from the mapping (`thresholds.ts`, `mapping.ts`).
 *
 * Unknown, with the reason, when: there is no observation; its value is null (the observation's own
 * reason is kept, e.g. "source prom is down"); the value is not finite; `observedAt` is null; the
 * observation is stale, now − observedAt > `defaults.stale_after` (exactly stale_after old is still
 * fresh); or the node has no thresholds. A stale value is still reported in `value`, for context.
 * An observation with `detail` (multivariate drift) passes it on, its reason appended to the node's.
 */
import type { NodeSpec, Spec } from '../spec/types';
import { formatDuration, formatValue } from './format';
import { nodeSignalLabel, signalLabel } from './labels';
import { scoreValue } from './mapping';
import { statusFromValue } from './thresholds';
import type { BaseObservation, NodeResult } from './types';

/**
 * Evaluates one base node. Complexity O(1).
 *
 * @example
 * // node fraud.drift.amount: feature_drift psi, thresholds warning 0.1 / critical 0.25 higher_is_worse
 * evaluateBase(node, { node: 'fraud.drift.amount', value: 0.31, observedAt: now - 10 }, spec, now)
 * // { score: 0.3, status: 'critical', value: 0.31, reason: 'PSI 0.31 ≥ critical 0.25', … }
 */
export function evaluateBase(
  node: NodeSpec,
  observation: BaseObservation | undefined,
  spec: Spec,
  now: number,
): NodeResult {
  const t = node.thresholds;
  const result: NodeResult = {
    id: node.id,
    tier: node.tier,
    model: node.model ?? '',
    score: null,
    status: 'unknown',
    value: observation?.value ?? null,
    thresholds: t !== undefined ? { warning: t.warning, critical: t.critical } : null,
    contributions: [],
    impact: null,
    decay: 1,
    reason: '',
    updatedAt: now,
  };
  const unknownWhy = whyUnknown(node, observation, spec.defaults.stale_after, now);
  if (unknownWhy !== null || t === undefined || observation === undefined || observation.value === null) {
    return { ...result, reason: unknownWhy ?? 'no thresholds' };
  }
  const value = observation.value;
  const status = statusFromValue(value, t);
  const score = scoreValue(value, t, node.score_mapping ?? 'linear', spec.defaults.score_thresholds);
  const reason = valueReason(node, value, status, spec);
  if (observation.detail === undefined) return { ...result, score, status, reason };
  const why = observation.reason === undefined ? reason : `${reason}; ${observation.reason}`;
  return { ...result, score, status, reason: why, detail: observation.detail };
}

function whyUnknown(
  node: NodeSpec,
  observation: BaseObservation | undefined,
  staleAfter: number,
  now: number,
): string | null {
  if (observation === undefined) return 'no observation';
  const { value, observedAt } = observation;
  if (value === null) {
    return observation.reason !== undefined ? `no value: ${observation.reason}` : 'no value';
  }
  if (!Number.isFinite(value)) return `value ${value} is not a finite number`;
  if (observedAt === null) return 'never observed';
  const age = now - observedAt;
  if (age > staleAfter) {
    return `stale: last observed ${formatDuration(age)} ago > stale_after ${formatDuration(staleAfter)}`;
  }
  if (node.thresholds === undefined) return 'no thresholds';
  return null;
}

/**
 * "PSI 0.31 ≥ critical 0.25", "accuracy 0.85 ≤ warning 0.9", "p99 latency 0.2s < warning 0.5s".
 */
export function valueReason(
  node: NodeSpec,
  value: number,
  status: NodeResult['status'],
  spec?: Spec,
): string {
  const t = node.thresholds;
  const label = spec === undefined ? signalLabel(node.signal) : nodeSignalLabel(spec, node);
  const v = formatValue(value, node.unit);
  if (t === undefined) return `${label} ${v}`;
  const higher = t.direction === 'higher_is_worse';
  const level = status === 'ok' ? 'warning' : status;
  const bound = formatValue(level === 'critical' ? t.critical : t.warning, node.unit);
  const cmp = status === 'ok' ? (higher ? '<' : '>') : higher ? '≥' : '≤';
  return `${label} ${v} ${cmp} ${level} ${bound}`;
}
