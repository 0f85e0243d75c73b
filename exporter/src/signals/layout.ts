/**
 * The fixed shape of a model's window buckets, derived once from the spec and the reference: which
 * columns are numeric (and their fine binning), which are categorical, and which low-confidence
 * cut-offs the spec's nodes ask for. A new reference means a new layout (and a fresh window).
 */
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
}

/**
 * The bucket layout of a model. Complexity: O(features × fineBins). Throws nothing beyond
 * `NumericBinning`'s checks (a reference column with no values gets no binning).
 */
export function buildLayout(
  model: ModelSpec,
  nodes: readonly NodeSpec[],
  defaults: SpecDefaults,
  reference: ReferenceProfile | null,
  fineBins: number,
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
