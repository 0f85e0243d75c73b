/**
 * What each drift method is: a p-value test or a distance, its default threshold and the smallest
 * samples it accepts.
 */
import { describeValue } from './validate';

/** Every drift method, in the order the CLI lists them. */
export const DRIFT_METHODS = [
  'ks',
  'psi',
  'wasserstein',
  'jensenshannon',
  'chisquare',
  'hellinger',
  'z',
] as const;

/** A drift method's name, as the spec, the CLI and the series' `method` label spell it. */
export type DriftMethod = (typeof DRIFT_METHODS)[number];

/** Default significance level of the p-value tests (drift when p < 0.05). */
export const DEFAULT_P_VALUE_THRESHOLD = 0.05;
/** Default threshold of the distances (drift when distance ≥ 0.1), as Evidently. */
export const DEFAULT_DISTANCE_THRESHOLD = 0.1;

/**
 * True for methods whose verdict comes from a p-value (`ks`, `chisquare`, `z`): drift when
 * p < threshold. Distances (`psi`, `wasserstein` normed, `jensenshannon`, `hellinger`) drift when
 * statistic ≥ threshold. Throws on an unknown method.
 *
 * @example
 * isPValueMethod('ks'); // => true
 * isPValueMethod('psi'); // => false
 */
export function isPValueMethod(method: DriftMethod): boolean {
  switch (method) {
    case 'ks':
    case 'chisquare':
    case 'z':
      return true;
    case 'psi':
    case 'wasserstein':
    case 'jensenshannon':
    case 'hellinger':
      return false;
    default:
      throw new Error(
        `isPValueMethod: expected one of ${DRIFT_METHODS.join(', ')}, got ${describeValue(method)}`,
      );
  }
}

/**
 * Default threshold: 0.05 (significance level) for p-value tests; 0.1 for every distance — PSI's
 * "moderate shift" boundary, a tenth of a reference standard deviation for normed Wasserstein, and the
 * Evidently/NannyML default for Jensen–Shannon and Hellinger. Throws on an unknown method.
 *
 * @example
 * defaultThreshold('chisquare'); // => 0.05
 * defaultThreshold('wasserstein'); // => 0.1
 */
export function defaultThreshold(method: DriftMethod): number {
  return isPValueMethod(method) ? DEFAULT_P_VALUE_THRESHOLD : DEFAULT_DISTANCE_THRESHOLD;
}

/**
 * Smallest reference and current samples (non-missing values, or total counts) `driftTest` accepts.
 * Every method needs one value per sample (the exact KS and chi-square p-values are valid at any size,
 * they are just rarely small); the binned distances on numeric columns also need at least `bins`
 * reference values, since fewer values cannot define `bins` quantile bins.
 *
 * @example
 * minimumSampleSize('psi', 'numeric', 10); // => { reference: 10, current: 1 }
 */
export function minimumSampleSize(
  method: DriftMethod,
  columnType: 'numeric' | 'categorical' | 'binary',
  bins: number,
): { reference: number; current: number } {
  const binned =
    columnType === 'numeric' && (method === 'psi' || method === 'jensenshannon' || method === 'hellinger');
  return { reference: binned ? bins : 1, current: 1 };
}
