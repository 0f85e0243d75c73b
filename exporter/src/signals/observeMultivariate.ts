/**
 * `multivariate_drift`: the window's row sample against the reference's, by PCA reconstruction error or
 * a domain classifier (stats/multivariate). Both samples are at most the node's `reservoir` rows. The
 * node's value:
 * - pca_reconstruction: |e − c| / (h · w), the distance of the window's mean reconstruction error e
 *   from the centre c of the reference band [lower, upper], in half-widths h = (upper − lower) / 2 = 3σ
 *   of the reference chunks; 1 is the band's edge (NannyML's alert), so a value ≥ 1 is drift either
 *   way. w = max(1, √(chunk rows / window rows)) widens the band for a window with fewer rows than a
 *   reference chunk, whose mean is noisier (the chunks' σ scales as 1/√rows); it never narrows it, since
 *   rows the components were not fitted on reconstruct slightly worse than the reference's own;
 * - classifier: the cross-validated ROC AUC (0.5 = the rows cannot be told apart).
 * The observation carries the method, the numbers behind the value and the separating features.
 */
import {
  classifierDrift,
  pcaReconstructionDrift,
  sampleRows,
  seededUniform,
  THRESHOLD_CHUNKS,
} from '../stats';
import type { MultivariateColumn, MultivariateSample } from '../stats';
import { MULTIVARIATE_RESERVOIR } from '../spec/signalRules';
import type { FeatureType, ModelSpec, SignalSpec } from '../spec/types';
import type { FeatureValue } from './events';
import type { ReferenceProfile } from './reference';

type MultivariateSignal = SignalSpec & { kind: 'multivariate_drift' };

/** A value with the summary and structured detail shown beside it, or null with the reason. */
export type MultivariateMeasured =
  { value: number; reason: string; detail: Record<string, unknown> } | { value: null; reason: string };

export interface MultivariateInputs {
  model: ModelSpec;
  reference: ReferenceProfile | null;
  /** The window's row sample, each row in the model's feature order. */
  windowRows: readonly FeatureValue[][];
  minRows: number;
}

/** The node's value (see the file header). Throws nothing: every failure is a null value with a reason. */
export function multivariateMeasure(
  signal: MultivariateSignal,
  inputs: MultivariateInputs,
): MultivariateMeasured {
  const { model, reference } = inputs;
  if (reference === null) return { value: null, reason: 'no reference to compare with' };
  const sample = reference.rowSample;
  if (sample === undefined) {
    return {
      value: null,
      reason: 'the reference keeps no whole rows: set it again (upload or restart) after adding the node',
    };
  }
  const names = signal.features ?? model.features.map((f) => f.name);
  const limit = signal.reservoir ?? MULTIVARIATE_RESERVOIR;
  const windowRows = capped(inputs.windowRows, limit);
  if (windowRows.length < inputs.minRows) {
    return { value: null, reason: `${windowRows.length} rows in the window < ${inputs.minRows} needed` };
  }
  const specs = names.map((name) => model.features.find((f) => f.name === name));
  const missing = names.find((_, i) => specs[i] === undefined || !sample.features.includes(names[i]));
  if (missing !== undefined)
    return { value: null, reason: `feature ${missing} is not in the reference rows` };
  const types = specs.map((f) => f?.type ?? 'numeric');
  const reference_ = toSample(capped(sample.rows, limit), names, types, (n) => sample.features.indexOf(n));
  const current = toSample(windowRows, names, types, (n) => model.features.findIndex((f) => f.name === n));
  try {
    return signal.method === 'classifier'
      ? classifierMeasured(reference_, current, names)
      : pcaMeasured(reference_, current, names);
  } catch (err) {
    return { value: null, reason: (err as Error).message };
  }
}

function pcaMeasured(
  reference: MultivariateSample,
  current: MultivariateSample,
  names: string[],
): MultivariateMeasured {
  const r = pcaReconstructionDrift(reference, current);
  const halfWidth = (r.upper - r.lower) / 2;
  if (!(halfWidth > 0)) {
    return {
      value: null,
      reason: 'the reference band has zero width (the reference chunks reconstruct alike)',
    };
  }
  // A window with fewer rows than a reference chunk has a noisier mean error: widen the band by
  // √(chunk rows / window rows) so that a quiet hour does not page (never narrowed: see the header).
  const widen = Math.max(1, Math.sqrt(reference.rows / THRESHOLD_CHUNKS / current.rows));
  const value = Math.abs(r.statistic - (r.lower + r.upper) / 2) / (halfWidth * widen);
  const reason =
    `pca_reconstruction over ${listed(names)}: error ${round(r.statistic)} vs reference band ` +
    `[${round(r.lower)}, ${round(r.upper)}] (k = ${r.components}; ${current.rows} window rows, ${reference.rows} reference rows)`;
  return {
    value,
    reason,
    detail: {
      method: 'pca_reconstruction',
      components: r.components,
      reference_error: r.referenceError,
      statistic: r.statistic,
      lower: r.lower,
      upper: r.upper,
      drifted: r.drifted,
      band_widening: widen,
      columns: names,
      window_rows: current.rows,
      reference_rows: reference.rows,
    },
  };
}

function classifierMeasured(
  reference: MultivariateSample,
  current: MultivariateSample,
  names: string[],
): MultivariateMeasured {
  const r = classifierDrift(reference, current, { seed: 0 });
  const top = r.separatingFeatures.slice(0, 3).map((f) => `${f.feature} (${round(f.coefficient)})`);
  const reason =
    `classifier over ${listed(names)}: cross-validated AUC ${round(r.statistic)} ` +
    `(${current.rows} window rows, ${reference.rows} reference rows); separating features ${top.join(', ')}`;
  return {
    value: r.statistic,
    reason,
    detail: {
      method: 'classifier',
      statistic: r.statistic,
      fold_auc: r.foldAuc,
      separating_features: r.separatingFeatures,
      feature_shares: r.columnShares,
      columns: names,
      window_rows: current.rows,
      reference_rows: reference.rows,
    },
  };
}

/** At most `limit` of the rows, a seeded sample in their order. */
function capped(rows: readonly FeatureValue[][], limit: number): readonly FeatureValue[][] {
  if (rows.length <= limit) return rows;
  return sampleRows(rows.length, limit, seededUniform(0)).map((i) => rows[i]);
}

function toSample(
  rows: readonly FeatureValue[][],
  names: readonly string[],
  types: readonly FeatureType[],
  position: (name: string) => number,
): MultivariateSample {
  const columns = names.map((name, j): MultivariateColumn => {
    const at = position(name);
    if (types[j] === 'numeric') {
      const values = Float64Array.from(rows, (row) =>
        typeof row[at] === 'number' ? (row[at] as number) : NaN,
      );
      return { name, kind: 'numeric', values };
    }
    return {
      name,
      kind: 'categorical',
      values: rows.map((row) => (row[at] === null ? null : String(row[at]))),
    };
  });
  return { rows: rows.length, columns };
}

/** The features for a one-line reason: named up to 6, else counted (the detail lists them all). */
function listed(names: readonly string[]): string {
  return names.length <= 6 ? names.join(', ') : `${names.length} features`;
}

function round(value: number): string {
  return String(Number(value.toPrecision(4)));
}
