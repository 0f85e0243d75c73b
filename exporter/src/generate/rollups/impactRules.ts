/**
 * `mlhealth_business_impact{node,measure}` of the ruled parents with an impact model (`cascade/impact.ts`):
 * impact = exposure × loss(score), with the engine's operations in the engine's order, so the amounts
 * are the engine's to the last bit for the same score.
 *
 *   priced_score  the score of a known parent; with the dead band (no `price_when_ok`) only while it is
 *                 warning or critical;
 *   loss          linear  max_loss × (1 − s)
 *                 step    the loss of the first step with s < below, else 0
 *                 piecewise  y₀ for s ≤ x₀; yᵢ₋₁ + ((yᵢ − yᵢ₋₁)(s − xᵢ₋₁))/(xᵢ − xᵢ₋₁) for s ≤ xᵢ; the last y beyond
 *                 and 0 for an ok parent in the dead band;
 *   impact        loss × exposure: the constant, or `mlhealth_business_exposure` as an exporter reading
 *                 the source serves it (no reading: no amount, never zero);
 *   exposure      recorded for constant exposures only (source exposures are the exporter's series).
 * An unknown parent has no impact series. Explanations of the amount stay in the exporter's API.
 */
import { METRICS } from '../../metrics/names';
import type { LossSpec, NodeSpec } from '../../spec/types';
import type { RecordingRule } from '../rules/types';
import { atDepth } from './edgeRules';
import type { DepthPlan } from './plan';
import { anyOf, labelList, NODE_KEY, num, orAll, RECORDS, sel, setLabel } from './vocabulary';

const KEY = labelList(NODE_KEY);

/** The loss fraction of `loss` at the score series `s`, as PromQL. */
export function lossExpr(loss: LossSpec, s: string): string {
  switch (loss.kind) {
    case 'linear':
      return `${num(loss.max_loss)} * (1 - ${s})`;
    case 'step':
      return [
        ...loss.steps.map((st) => `((${s} < ${num(st.below)}) * 0 + ${num(st.loss)})`),
        `(${s} * 0)`,
      ].join(' or ');
    case 'piecewise': {
      const p = loss.points;
      const terms = [`((${s} <= ${num(p[0][0])}) * 0 + ${num(p[0][1])})`];
      for (let i = 1; i < p.length; i++) {
        const [x0, y0] = p[i - 1];
        const [x1, y1] = p[i];
        terms.push(
          `(${num(y0)} + (${num(y1 - y0)} * ((${s} <= ${num(x1)}) - ${num(x0)})) / ${num(x1 - x0)})`,
        );
      }
      terms.push(`(${s} * 0 + ${num(p[p.length - 1][1])})`);
      return terms.join(' or ');
    }
  }
}

function impactOf(node: NodeSpec): NonNullable<NodeSpec['impact']> {
  if (node.impact === undefined) throw new Error(`impactOf: node ${node.id} has no impact model`);
  return node.impact;
}

/** The impact rules of a depth; none when no parent of the depth has an impact model. */
export function impactRules(plan: DepthPlan): RecordingRule[] {
  if (plan.impact.length === 0) return [];
  const ids = (nodes: NodeSpec[]) => anyOf(nodes.map((n) => n.id));
  const deadBand = plan.impact.filter((n) => impactOf(n).price_when_ok !== true);
  const always = plan.impact.filter((n) => impactOf(n).price_when_ok === true);
  const score = (nodes: NodeSpec[]) => sel(RECORDS.nodeScore, atDepth(plan, { node: ids(nodes) }));
  const status = (nodes: NodeSpec[]) => sel(RECORDS.nodeStatus, atDepth(plan, { node: ids(nodes) }));
  const priced: string[] = [];
  if (deadBand.length > 0) priced.push(`${score(deadBand)} and on ${KEY} (${status(deadBand)} > 0 < 3)`);
  if (always.length > 0) priced.push(`${score(always)} and on ${KEY} (${status(always)} < 3)`);
  const losses = plan.impact.map((n) =>
    lossExpr(impactOf(n).loss, sel(RECORDS.nodePricedScore, atDepth(plan, { node: n.id }))),
  );
  if (deadBand.length > 0) losses.push(`(${status(deadBand)} == 0) * 0`);
  const rules: RecordingRule[] = [
    { record: RECORDS.nodePricedScore, expr: orAll(priced) as string },
    { record: RECORDS.nodeLoss, expr: orAll(losses) as string },
    {
      record: RECORDS.nodeImpact,
      expr: orAll(plan.impact.map((n) => impactTerm(plan, n))) as string,
    },
  ];
  const constant = plan.impact.filter((n) => 'constant' in impactOf(n).exposure);
  if (constant.length > 0) {
    rules.push({
      record: RECORDS.nodeExposure,
      expr: orAll(constant.map((n) => exposureTerm(plan, n))) as string,
    });
  }
  return rules;
}

function impactTerm(plan: DepthPlan, node: NodeSpec): string {
  const impact = impactOf(node);
  const loss = `max by ${KEY} (${sel(RECORDS.nodeLoss, atDepth(plan, { node: node.id }))})`;
  const exposure =
    'constant' in impact.exposure
      ? `${loss} * ${num(impact.exposure.constant)}`
      : `${loss}\n* on ${KEY} group_left ()\nmax by ${KEY} (${sel(METRICS.businessExposure.name, { node: node.id, measure: impact.measure })})`;
  return setLabel(exposure, 'measure', impact.measure);
}

function exposureTerm(plan: DepthPlan, node: NodeSpec): string {
  const impact = impactOf(node);
  const constant = 'constant' in impact.exposure ? impact.exposure.constant : 0;
  const status = sel(RECORDS.nodeStatus, atDepth(plan, { node: node.id }));
  return setLabel(`max by ${KEY} (${status}) * 0 + ${num(constant)}`, 'measure', impact.measure);
}
