/**
 * Resource limits that keep one client from blowing up memory or Prometheus cardinality: models,
 * features per model, tracked categories per feature. Features and categories are enforced by the
 * ingest validator (ingest/validateEvents.ts: reasons `too_many_features`, `too_many_categories`) and
 * the monitors' category trackers; this file adds the model limit and turns the one set of flags into
 * the options each of those parts takes, so they cannot disagree. Pure.
 */
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from './types';
import type { MonitorOptions } from '../signals/types';

export interface ResourceLimits {
  maxModels: number;
  maxFeaturesPerModel: number;
  maxCategoriesPerFeature: number;
}

export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = {
  maxModels: DEFAULT_INGEST_LIMITS.maxModels,
  maxFeaturesPerModel: DEFAULT_INGEST_LIMITS.maxFeatures,
  maxCategoriesPerFeature: DEFAULT_INGEST_LIMITS.maxCategoriesPerFeature,
};

/** Reasons of `mlhealth_ingest_rejected_events_total` for events refused by a resource limit. */
export const LIMIT_REASONS = ['too_many_models', 'too_many_features', 'too_many_categories'] as const;
export type LimitReason = (typeof LIMIT_REASONS)[number];

export interface LimitProblem {
  reason: LimitReason;
  path: string;
  message: string;
}

/**
 * Whether events for `model` are refused by the model limit: the first `maxModels` models of the spec
 * (in spec order) are served, later ones refused. A model not in the spec is not this function's
 * business (404, and never counted under its id: that label would be unbounded). O(models).
 * @example modelLimitProblem(['a', 'b', 'c'], 'c', 2) // { reason: 'too_many_models', path: ':model', message: 'model c is number 3 of the spec; the exporter serves the first 2 (--max-models)' }
 */
export function modelLimitProblem(
  specModels: readonly string[],
  model: string,
  maxModels: number,
): LimitProblem | null {
  const index = specModels.indexOf(model);
  if (index < maxModels) return null;
  return {
    reason: 'too_many_models',
    path: ':model',
    message: `model ${model} is number ${index + 1} of the spec; the exporter serves the first ${maxModels} (--max-models)`,
  };
}

/** The ingest validator's limits for these resource limits (its other limits unchanged). */
export function ingestLimitsFor(limits: ResourceLimits): Partial<IngestLimits> {
  return {
    maxFeatures: limits.maxFeaturesPerModel,
    maxCategoriesPerFeature: limits.maxCategoriesPerFeature,
    maxModels: limits.maxModels,
  };
}

/**
 * The monitors' options for these limits: the category tracker folds categories past the same limit
 * the validator enforces, so the validator sees the true tracked sets.
 */
export function monitorOptionsFor(limits: ResourceLimits): Partial<MonitorOptions> {
  return { maxCategories: limits.maxCategoriesPerFeature };
}

/**
 * What a spec declares beyond the limits, one line each, for the start-up log: such models or features
 * are refused at ingest. O(models).
 */
export function specLimitWarnings(
  models: readonly { id: string; features: readonly unknown[] }[],
  limits: ResourceLimits,
): string[] {
  const warnings: string[] = [];
  if (models.length > limits.maxModels) {
    const refused = models.slice(limits.maxModels).map((m) => m.id);
    warnings.push(
      `the spec declares ${models.length} models, over --max-models ${limits.maxModels}: events for ${refused.join(', ')} will be refused (too_many_models)`,
    );
  }
  for (const m of models) {
    if (m.features.length > limits.maxFeaturesPerModel) {
      warnings.push(
        `model ${m.id} declares ${m.features.length} features, over --max-features-per-model ${limits.maxFeaturesPerModel}: its events will be refused (too_many_features)`,
      );
    }
  }
  return warnings;
}
