/**
 * Impact models: what a node's health costs. impact = exposure × loss(score), loss a fraction 0..1.
 *
 * - linear:    loss = max_loss × (1 − score).
 * - step:      the loss of the first step (sorted by `below` ascending) with score < below; 0 when the
 *              score is under none. Losses must not increase from one step to the next.
 * - piecewise: linear interpolation through (score, loss) points sorted by score; flat beyond the ends.
 *              Losses must not increase with the score.
 * Every loss is non-increasing in the score, so a worse node never shows less money at risk.
 *
 * Exposure: `{constant}` from the spec, or `{source, query}` read by the caller into
 * `inputs.exposures[node id]`. No amount is given — `impact` null, `impactUnknown` with the reason — when
 * the node is unknown or has no score, or the exposure is missing, null, negative or not finite:
 * missing data is never priced as zero money. (Under `propagate` a business node with an unknown child is
 * unknown, so its impact is unknown too; `as_critical` prices the gap at score 0 instead.)
 */
import type { ImpactSpec, LossSpec } from '../spec/types';
import type { Status } from '../spec/status';
import { lossProblem } from '../spec/semantic/cascadeRules';
import type { NodeResult } from './types';

/**
 * The loss fraction (0..1) at a score. Complexity O(steps or points).
 *
 * @throws Error when the score is outside [0, 1] or the loss spec is invalid.
 * @example lossFraction({ kind: 'linear', max_loss: 0.2 }, 0.3) // 0.14
 * @example lossFraction({ kind: 'step', steps: [{ below: 0.5, loss: 0.2 }, { below: 0.75, loss: 0.05 }] }, 0.65) // 0.05
 * @example lossFraction({ kind: 'piecewise', points: [[0, 0.5], [0.5, 0.1], [1, 0]] }, 0.3) // 0.26
 */
export function lossFraction(loss: LossSpec, score: number): number {
  if (!(score >= 0 && score <= 1)) throw new Error(`lossFraction: score ${score} is not in [0, 1]`);
  const problem = lossProblem(loss);
  if (problem !== null) throw new Error(`lossFraction: ${problem}`);
  switch (loss.kind) {
    case 'linear':
      return loss.max_loss * (1 - score);
    case 'step':
      return loss.steps.find((s) => score < s.below)?.loss ?? 0;
    case 'piecewise':
      return interpolate(loss.points, score);
  }
}

function interpolate(points: ReadonlyArray<[number, number]>, score: number): number {
  if (score <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i];
    if (score <= x1) {
      const [x0, y0] = points[i - 1];
      return y0 + ((y1 - y0) * (score - x0)) / (x1 - x0);
    }
  }
  return points[points.length - 1][1];
}

/** The exposure of an impact model, or why it is not known. */
export function exposureOf(
  impact: ImpactSpec,
  nodeId: string,
  exposures: ReadonlyMap<string, number | null>,
): { value: number } | { reason: string } {
  if ('constant' in impact.exposure) return { value: impact.exposure.constant };
  const read = exposures.get(nodeId);
  if (read === undefined) return { reason: `no exposure reading for ${nodeId}` };
  if (read === null) return { reason: `exposure from source ${impact.exposure.source} unavailable` };
  if (!(read >= 0 && Number.isFinite(read))) {
    return { reason: `exposure ${read} is not a non-negative number` };
  }
  return { value: read };
}

/**
 * A node's impact fields: `impact` when an amount can be given, else `impactUnknown` with the reason.
 *
 * @example
 * // impact: revenue_at_risk in USD/hour, exposure {constant: 10000}, loss {kind: 'linear', max_loss: 0.2}
 * impactFields(impact, 'revenue_assurance', 0.3, 'critical', new Map())
 * // { impact: { measure: 'revenue_at_risk', unit: 'USD/hour', value: 1400, exposure: 10000, loss: 0.14 } }
 */
export function impactFields(
  impact: ImpactSpec,
  nodeId: string,
  score: number | null,
  status: Status,
  exposures: ReadonlyMap<string, number | null>,
): Pick<NodeResult, 'impact' | 'impactUnknown'> {
  const exposure = exposureOf(impact, nodeId, exposures);
  const known = 'value' in exposure ? exposure.value : null;
  const unknown = (reason: string) => ({
    impact: null,
    impactUnknown: { measure: impact.measure, unit: impact.unit, exposure: known, reason },
  });
  if (status === 'unknown' || score === null) return unknown(`status of ${nodeId} is unknown`);
  if (!('value' in exposure)) return unknown(exposure.reason);
  // The dead band: an ok node prices nothing at risk unless the spec asks (`price_when_ok`).
  const loss = status === 'ok' && impact.price_when_ok !== true ? 0 : lossFraction(impact.loss, score);
  return {
    impact: {
      measure: impact.measure,
      unit: impact.unit,
      value: exposure.value * loss,
      exposure: exposure.value,
      loss,
    },
  };
}
