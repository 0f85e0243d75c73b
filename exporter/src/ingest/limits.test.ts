/**
 * Resource limits: the model limit here, features and categories through the ingest validator with
 * the limits derived from the same flags (so the two cannot disagree), counted by reason.
 */
import { validateEvents } from '.';
import type { ModelSpec } from '../spec/types';
import {
  DEFAULT_RESOURCE_LIMITS,
  LIMIT_REASONS,
  ingestLimitsFor,
  modelLimitProblem,
  monitorOptionsFor,
  specLimitWarnings,
} from './limits';
import { REJECT_REASONS } from './types';

const model = (id: string, features: number): ModelSpec =>
  ({
    id,
    task: 'binary_classification',
    features: Array.from({ length: features }, (_, i) => ({ name: `f${i}`, type: 'categorical' })),
  }) as unknown as ModelSpec;

test('models past --max-models, in spec order, are refused with reason too_many_models', () => {
  expect(modelLimitProblem(['a', 'b', 'c'], 'b', 2)).toBeNull();
  expect(modelLimitProblem(['a', 'b', 'c'], 'c', 2)).toEqual({
    reason: 'too_many_models',
    path: ':model',
    message: 'model c is number 3 of the spec; the exporter serves the first 2 (--max-models)',
  });
});

test('features per model: the validator refuses every event of a model over the limit, counted as too_many_features', () => {
  const r = validateEvents(model('wide', 5), [{ features: {} }, { features: {} }], {
    limits: ingestLimitsFor({ ...DEFAULT_RESOURCE_LIMITS, maxFeaturesPerModel: 4 }),
  });
  expect(r.ok).toBe(false);
  expect(!r.ok && r.reasons).toEqual({ too_many_features: 2 });
  expect(!r.ok && r.details).toEqual([{ path: '$', message: 'model wide declares 5 features, limit 4' }]);
});

test('categories per feature: new categories past the limit are refused, counted as too_many_categories', () => {
  const tracked = new Set(['a', 'b']);
  const limits = ingestLimitsFor({ ...DEFAULT_RESOURCE_LIMITS, maxCategoriesPerFeature: 3 });
  const body = [
    { features: { f0: 'a' } },
    { features: { f0: 'c' } },
    { features: { f0: 'c' } },
    { features: { f0: 'd' } },
  ];
  const r = validateEvents(model('m', 1), body, { limits, trackedCategories: () => tracked });
  expect(!r.ok && r.reasons).toEqual({ too_many_categories: 1 });
  expect(!r.ok && r.details).toEqual([
    { path: '[3].features.f0', message: 'f0 already has 3 categories (limit); new category refused' },
  ]);
});

test('one flag sets the validator and the category trackers alike', () => {
  const limits = {
    ...DEFAULT_RESOURCE_LIMITS,
    maxCategoriesPerFeature: 7,
    maxFeaturesPerModel: 9,
    maxModels: 3,
  };
  expect(ingestLimitsFor(limits)).toEqual({ maxFeatures: 9, maxCategoriesPerFeature: 7, maxModels: 3 });
  expect(monitorOptionsFor(limits)).toEqual({ maxCategories: 7 });
});

test('every limit reason is a reason the ingest counter knows', () => {
  expect(LIMIT_REASONS.filter((r) => !(REJECT_REASONS as readonly string[]).includes(r))).toEqual([]);
});

test('a spec beyond the limits is announced at start-up', () => {
  const models = [model('a', 2), model('b', 9), model('c', 1)];
  expect(
    specLimitWarnings(models, { maxModels: 2, maxFeaturesPerModel: 8, maxCategoriesPerFeature: 10 }),
  ).toEqual([
    'the spec declares 3 models, over --max-models 2: events for c will be refused (too_many_models)',
    'model b declares 9 features, over --max-features-per-model 8: its events will be refused (too_many_features)',
  ]);
  expect(specLimitWarnings(models, DEFAULT_RESOURCE_LIMITS)).toEqual([]);
});
