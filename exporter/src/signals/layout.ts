/**
 * The fixed shape of a model's window buckets, derived once from the spec and the reference: which
 * columns are numeric (and their fine binning), which are categorical, and which low-confidence
 * cut-offs the spec's nodes ask for. A new reference means a new layout (and a fresh window).
 */
import { MULTIVARIATE_RESERVOIR } from '../spec/signalRules';
import type { FeatureSpec, ModelSpec, SpecDefaults, NodeSpec } from '../spec/types';
import { NumericBinning } from './numericBinning';
import type { ReferenceProfile } from './reference';

export interface ColumnLayout {
  name: string;
  type: FeatureSpec['type'];
  /** Numeric columns with a reference: the fine bins; null otherwise. */
  binning: NumericBinning | null;
}

export interface BucketLayout {
  features: ColumnLayout[];
  /** The feature names, in spec order (`features[i].name`). */
  names: string[];
  /** The prediction column (numeric for regression, categorical for classification). */
  prediction: ColumnLayout;
  /** Distinct `below` cut-offs of low_confidence_share nodes, ascending. */
  confidenceCuts: number[];
  positiveClass: string | null;
  /** Rows kept of the window and of the reference for multivariate_drift nodes (their largest `reservoir`); 0 without. */
  reservoir: number;
  /** Rows each window bucket keeps: ⌈reservoir / buckets⌉ (0 without multivariate nodes). */
  rowsPerBucket: number;
}

/**
 * The largest `reservoir` of the `multivariate_drift` nodes among `nodes` (0 when there are none): the
 * rows a model keeps of its window and of its reference.
 *
 * @example multivariateReservoir([{ id: 'm', tier: 'base', title: 'm', signal: { kind: 'multivariate_drift', reservoir: 800 } }]) // => 800
 */
export function multivariateReservoir(nodes: readonly NodeSpec[]): number {
  let largest = 0;
  for (const node of nodes) {
    if (node.signal?.kind === 'multivariate_drift') {
      largest = Math.max(largest, node.signal.reservoir ?? MULTIVARIATE_RESERVOIR);
    }
  }
  return largest;
}

/**
 * The bucket layout of a model for a ring of `windowBuckets` buckets. Complexity: O(features ×
 * fineBins). Throws nothing beyond `NumericBinning`'s checks (a reference column with no values gets
 * no binning).
 */
export function buildLayout(
  model: ModelSpec,
  nodes: readonly NodeSpec[],
  defaults: SpecDefaults,
  reference: ReferenceProfile | null,
  fineBins: number,
  windowBuckets = 1,
): BucketLayout {
  const features = model.features.map((f) =>
    column(f.name, f.type, reference?.columns.get(f.name) ?? null, fineBins),
  );
  const predictionType = model.task === 'regression' ? 'numeric' : 'categorical';
  const cuts = new Set<number>();
  for (const node of nodes) {
    if (node.signal?.kind === 'low_confidence_share')
      cuts.add(node.signal.below ?? defaults.low_confidence_below);
  }
  return {
    features,
    names: features.map((f) => f.name),
    prediction: column('prediction', predictionType, reference?.prediction ?? null, fineBins),
    confidenceCuts: [...cuts].sort((a, b) => a - b),
    positiveClass: model.positive_class ?? null,
    reservoir: multivariateReservoir(nodes),
    rowsPerBucket: Math.ceil(multivariateReservoir(nodes) / Math.max(1, windowBuckets)),
  };
}

function column(
  name: string,
  type: FeatureSpec['type'],
  ref: ReferenceProfile['prediction'],
  fineBins: number,
): ColumnLayout {
  const binning =
    type === 'numeric' && ref?.type === 'numeric' && ref.sorted.length > 0
      ? new NumericBinning(ref.sorted, fineBins)
      : null;
  return { name, type, binning };
}
