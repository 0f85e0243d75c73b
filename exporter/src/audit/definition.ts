/**
 * A node's definition in one sentence for auditors: what the statistic is and over what window (base
 * nodes), how children roll up (parents), how the impact is priced, and how the score ages. Pure.
 */
import { signalLabel } from '../cascade';
import type { LossSpec, ModelSpec, NodeSpec, SignalSpec, Spec } from '../spec/types';

/**
 * Seconds in the largest unit that divides them exactly (`30d`, `12h`, `90m`, `45s`), also a valid
 * PromQL range; fractional seconds as they are.
 * @example duration(5184000) // '60d'
 */
export function duration(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds === 0) return `${seconds}s`;
  for (const [size, unit] of [
    [86400, 'd'],
    [3600, 'h'],
    [60, 'm'],
  ] as const) {
    if (seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

const FACTS = new Set<SignalSpec['kind']>(['model_age', 'reference_age', 'freshness', 'promql']);
const AGAINST_REFERENCE = new Set<SignalSpec['kind']>([
  'feature_drift',
  'drift_share',
  'drift_worst',
  'prediction_drift',
  'multivariate_drift',
  'importance_stability',
]);

function windowPhrase(model: ModelSpec | undefined): string {
  if (model === undefined) return '';
  const w = model.window;
  return 'duration' in w
    ? ` over the last ${duration(w.duration)} of ${model.id} events`
    : ` over the last ${w.count} ${model.id} events`;
}

function signalDefinition(signal: SignalSpec, model: ModelSpec | undefined): string {
  if (signal.kind === 'promql') return `PromQL on source ${signal.source}: ${signal.query}`;
  let text = signalLabel(signal);
  if ('feature' in signal && signal.feature !== undefined) text += ` of feature ${signal.feature}`;
  const aggregates =
    signal.kind === 'drift_share' || signal.kind === 'drift_worst' || signal.kind === 'multivariate_drift';
  if (aggregates && signal.features !== undefined) {
    text += ` over features ${signal.features.join(', ')}`;
  }
  if (signal.kind === 'schema_violations' && signal.violation !== undefined) text += ` (${signal.violation})`;
  if (signal.kind === 'low_confidence_share' && signal.below !== undefined)
    text += ` (confidence below ${signal.below})`;
  if (!FACTS.has(signal.kind)) text += windowPhrase(model);
  if (AGAINST_REFERENCE.has(signal.kind)) {
    const ref = model?.reference;
    text +=
      ref === undefined
        ? ' against the reference'
        : 'file' in ref
          ? ` against reference ${ref.file}`
          : ' against a pinned reference window';
  }
  return text;
}

function lossDefinition(loss: LossSpec): string {
  if (loss.kind === 'linear') return `linear, max loss ${loss.max_loss}`;
  if (loss.kind === 'step')
    return `step: ${loss.steps.map((s) => `score < ${s.below} → ${s.loss}`).join(', ')}`;
  return `piecewise through ${loss.points.map(([s, l]) => `(${s}, ${l})`).join(', ')}`;
}

function rollupDefinition(node: NodeSpec, spec: Spec): string {
  const children = (node.children ?? []).map((c) =>
    c.weight === 1 ? c.node : `${c.node} (weight ${c.weight})`,
  );
  const rollup = node.rollup ?? { rule: 'worst_of' };
  const rule =
    rollup.rule === 'k_of_n' ? `k_of_n (at least ${rollup.k} of ${children.length} healthy)` : rollup.rule;
  return `${rule} of ${children.join(', ')}; unknown children: ${node.unknown_policy ?? spec.defaults.unknown_policy}`;
}

/**
 * The definition sentence of a node. Complexity O(children).
 * @example nodeDefinition(spec, fraudDriftAmount)
 * // 'PSI of feature amount over the last 15m of fraud events against reference data/realistic-fraud-reference.csv'
 */
export function nodeDefinition(spec: Spec, node: NodeSpec): string {
  const model = spec.models.find((m) => m.id === node.model);
  const parts: string[] = [];
  if (node.children !== undefined && node.children.length > 0) parts.push(rollupDefinition(node, spec));
  else if (node.signal !== undefined) parts.push(signalDefinition(node.signal, model));
  else parts.push('no signal and no children');
  if (node.impact !== undefined) {
    const e = node.impact.exposure;
    const exposure = 'constant' in e ? `constant ${e.constant}` : `PromQL on source ${e.source}: ${e.query}`;
    parts.push(
      `impact ${node.impact.measure} (${node.impact.unit}) = exposure × loss(score); exposure ${exposure}; loss ${lossDefinition(node.impact.loss)}`,
    );
  }
  if (node.decay !== undefined) {
    const d = node.decay;
    parts.push(
      `score decays with ${d.of} age after ${duration(d.grace)} (half-life ${duration(d.half_life)}, floor ${d.floor})`,
    );
  }
  if (node.retrain_trigger !== undefined) {
    const t = node.retrain_trigger;
    parts.push(`recommends retraining at ${t.status}${t.for !== undefined ? ` for ${duration(t.for)}` : ''}`);
  }
  return parts.join('; ');
}
