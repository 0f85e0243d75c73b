/**
 * The one table of signal kinds: for each kind, the raw inputs it reads, how the signals layer evaluates
 * it, the unit and direction a node gets when it does not say, the bounds of the value (for clipping
 * derived thresholds) and whether it needs a model; plus default thresholds for nodes that declare only
 * a derivation. Lineage (`server/lineage.ts`), dependency risk (`dependencies/signalInputs.ts`) and
 * evaluation (`signals/observe.ts`) all read it. docs/spec.md has this table for users.
 */
import type { Direction, NodeUnit, SignalKind, SignalSpec } from './types';

/**
 * A raw input of a signal: the model's stream of prediction events (a feature of it when the signal
 * names one), its reference data, its late labels, its governance facts, or a PromQL source.
 */
export type InputKind = 'events' | 'reference' | 'labels' | 'governance' | 'promql';

/**
 * How the signals layer evaluates a kind: a statistic of the merged event window (`window`), a drift
 * test of the window against the reference (`drift`), a join of late labels (`labels`), a fact at the
 * evaluation time (`fact`), or a query answered by the source layer (`source`).
 */
export type Evaluator = 'window' | 'drift' | 'labels' | 'fact' | 'source';

export interface SignalKindInfo {
  /** What the signal reads; a signal naming a `feature` reads that feature of the events. */
  inputs: readonly InputKind[];
  evaluator: Evaluator;
  unit: NodeUnit;
  /** Absent: the node must declare `thresholds.direction` (promql, throughput). */
  direction?: Direction;
  /** Inclusive bounds of the value; derived thresholds are clipped to them. */
  bounds: [number, number];
  /** The signal is computed from a model's events (so the node needs `model`). */
  needsModel: boolean;
}

const INF = Number.POSITIVE_INFINITY;
const RATIO: [number, number] = [0, 1];

export const SIGNAL_KIND_INFO: Record<SignalKind, SignalKindInfo> = {
  feature_drift: {
    inputs: ['events', 'reference'],
    evaluator: 'drift',
    unit: 'none',
    direction: 'higher_is_worse',
    bounds: [0, INF],
    needsModel: true,
  },
  drift_share: {
    inputs: ['events', 'reference'],
    evaluator: 'drift',
    unit: 'ratio',
    direction: 'higher_is_worse',
    bounds: RATIO,
    needsModel: true,
  },
  drift_worst: {
    inputs: ['events', 'reference'],
    evaluator: 'drift',
    unit: 'none',
    direction: 'higher_is_worse',
    bounds: [0, INF],
    needsModel: true,
  },
  prediction_drift: {
    inputs: ['events', 'reference'],
    evaluator: 'drift',
    unit: 'none',
    direction: 'higher_is_worse',
    bounds: [0, INF],
    needsModel: true,
  },
  multivariate_drift: {
    inputs: ['events', 'reference'],
    evaluator: 'drift',
    unit: 'none',
    direction: 'higher_is_worse',
    bounds: [0, INF],
    needsModel: true,
  },
  missing_ratio: {
    inputs: ['events'],
    evaluator: 'window',
    unit: 'ratio',
    direction: 'higher_is_worse',
    bounds: RATIO,
    needsModel: true,
  },
  schema_violations: {
    inputs: ['events'],
    evaluator: 'window',
    unit: 'ratio',
    direction: 'higher_is_worse',
    bounds: RATIO,
    needsModel: true,
  },
  confidence_mean: {
    inputs: ['events'],
    evaluator: 'window',
    unit: 'ratio',
    direction: 'lower_is_worse',
    bounds: RATIO,
    needsModel: true,
  },
  low_confidence_share: {
    inputs: ['events'],
    evaluator: 'window',
    unit: 'ratio',
    direction: 'higher_is_worse',
    bounds: RATIO,
    needsModel: true,
  },
  estimated_performance: {
    inputs: ['events'],
    evaluator: 'window',
    unit: 'ratio',
    direction: 'lower_is_worse',
    bounds: RATIO,
    needsModel: true,
  },
  realized_performance: {
    inputs: ['events', 'labels'],
    evaluator: 'labels',
    unit: 'ratio',
    direction: 'lower_is_worse',
    bounds: RATIO,
    needsModel: true,
  },
  latency: {
    inputs: ['events'],
    evaluator: 'window',
    unit: 'seconds',
    direction: 'higher_is_worse',
    bounds: [0, INF],
    needsModel: true,
  },
  error_ratio: {
    inputs: ['events'],
    evaluator: 'window',
    unit: 'ratio',
    direction: 'higher_is_worse',
    bounds: RATIO,
    needsModel: true,
  },
  throughput: {
    inputs: ['events'],
    evaluator: 'fact',
    unit: 'per_second',
    bounds: [0, INF],
    needsModel: true,
  },
  freshness: {
    inputs: ['events'],
    evaluator: 'fact',
    unit: 'seconds',
    direction: 'higher_is_worse',
    bounds: [0, INF],
    needsModel: true,
  },
  model_age: {
    inputs: ['governance'],
    evaluator: 'fact',
    unit: 'seconds',
    direction: 'higher_is_worse',
    bounds: [0, INF],
    needsModel: true,
  },
  reference_age: {
    inputs: ['reference'],
    evaluator: 'fact',
    unit: 'seconds',
    direction: 'higher_is_worse',
    bounds: [0, INF],
    needsModel: true,
  },
  importance_stability: {
    inputs: ['events', 'reference'],
    evaluator: 'fact',
    unit: 'score',
    direction: 'lower_is_worse',
    bounds: [-1, 1],
    needsModel: true,
  },
  policy_violations: {
    inputs: ['governance'],
    evaluator: 'fact',
    unit: 'count',
    direction: 'higher_is_worse',
    bounds: [0, INF],
    needsModel: true,
  },
  promql: { inputs: ['promql'], evaluator: 'source', unit: 'none', bounds: [-INF, INF], needsModel: false },
};

/** One raw input of a node's signal, named: `feature` for an events input narrowed to one feature. */
export type SignalInput =
  | { kind: 'events'; model: string; feature?: string }
  | { kind: 'reference' | 'labels' | 'governance'; model: string }
  | { kind: 'promql'; source: string; query: string };

/**
 * The raw inputs of a base node's signal, from the kind table: a signal naming a feature reads that
 * feature of the events. Empty for a node without a signal, or a model signal without a model.
 * Complexity O(1).
 *
 * @example signalInputs({ kind: 'feature_drift', feature: 'amount' }, 'fraud')
 * // [{ kind: 'events', model: 'fraud', feature: 'amount' }, { kind: 'reference', model: 'fraud' }]
 */
export function signalInputs(signal: SignalSpec | undefined, model: string | undefined): SignalInput[] {
  if (signal === undefined) return [];
  if (signal.kind === 'promql') return [{ kind: 'promql', source: signal.source, query: signal.query }];
  if (model === undefined) return [];
  const feature = 'feature' in signal && typeof signal.feature === 'string' ? signal.feature : undefined;
  return SIGNAL_KIND_INFO[signal.kind].inputs.map((kind): SignalInput => {
    if (kind === 'events') return feature === undefined ? { kind, model } : { kind, model, feature };
    if (kind === 'promql') throw new Error(`signalInputs: kind ${signal.kind} reads promql without a query`);
    return { kind, model };
  });
}
