/**
 * Shared result and input shapes of the statistics core. Every drift statistic returns a `TestResult`
 * (a p-value test fills `pValue`, a distance leaves it `null`); categorical tests add what the
 * contingency table revealed about categories the reference never saw.
 */
import type { DriftMethod } from './methods';

export type { DriftMethod };

/** A statistic and, for hypothesis tests, its p-value (`null` for distances). */
export interface TestResult {
  statistic: number;
  pValue: number | null;
}

/** Multiple-testing correction applied across the features of one drift check. */
export type Correction = 'none' | 'bonferroni' | 'bh';

/** Result of a test between two category-count tables. */
export interface CategoricalResult extends TestResult {
  /** Degrees of freedom of the 2×k table: k − 1 over the categories seen in either sample (0 for distances' k = 1). */
  dof: number;
  /** Categories with a positive current count and no reference count. */
  unseenCategories: number;
  /** Share of current observations that fall in unseen categories, 0..1. */
  unseenShare: number;
}

/** The automatic rule's pick for one column, with the reason in words (shown in reports). */
export interface MethodChoice {
  method: DriftMethod;
  threshold: number;
  reason: string;
}

/** One feature's drift verdict from `driftTest`. */
export interface FeatureDriftResult {
  method: DriftMethod;
  statistic: number;
  pValue: number | null;
  threshold: number;
  drifted: boolean;
}

/**
 * One column of one sample, missing values already removed: numeric values, or counts per category
 * (binary columns are categorical columns with at most two categories).
 */
export type Column =
  | { type: 'numeric'; values: Float64Array }
  | { type: 'categorical' | 'binary'; counts: ReadonlyMap<string, number> };
