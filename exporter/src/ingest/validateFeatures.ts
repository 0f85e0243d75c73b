/**
 * The `features` object of one event: undeclared names are refused, declared values normalised (a
 * number for numeric features, a string for categorical/binary ones), mistyped values kept as measured
 * `type` violations, and new categories checked against the tracked-category budget.
 */
import type { FeatureSpec } from '../spec/types';
import { isNonFiniteText, isObject } from './fieldChecks';
import type { FieldProblem } from './fieldChecks';
import { describe } from './parseBody';
import type { FeatureValue } from './types';
import type { EventCheckContext } from './validateEvent';

/** The features of an event; pushes problems and returns null when `features` is not an object. */
export function checkFeatures(
  value: unknown,
  at: string,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): { values: Record<string, FeatureValue>; typeViolations: string[] } | null {
  if (!isObject(value)) {
    problems.push({
      path: `${at}.features`,
      reason: 'malformed',
      message: `features must be an object of feature name → value, got ${describe(value)}`,
    });
    return null;
  }
  // A copy of a template with every feature null keeps one object shape for all events (fast to fill).
  const values: Record<string, FeatureValue> = { ...ctx.emptyFeatures };
  const typeViolations: string[] = [];
  let present = 0;
  for (const feature of ctx.model.features) {
    const v = value[feature.name];
    if (v !== undefined) present++;
    if (isPlainValue(v, feature, ctx)) {
      values[feature.name] = v as FeatureValue;
      continue;
    }
    const checked = checkFeatureValue(v, `${at}.features.${feature.name}`, feature, ctx);
    if ('problem' in checked) problems.push(checked.problem);
    else if (checked.typeViolation) typeViolations.push(feature.name);
    values[feature.name] = 'value' in checked ? checked.value : null;
  }
  if (present !== Object.keys(value).length) {
    for (const name of Object.keys(value)) {
      if (ctx.features.has(name)) continue;
      problems.push({
        path: `${at}.features.${name}`,
        reason: 'unknown_feature',
        message: `model ${ctx.model.id} has no feature ${JSON.stringify(name)}`,
      });
    }
  }
  return { values, typeViolations };
}

/** The common cases, decided without allocating: a number for a numeric feature, a known category. */
function isPlainValue(v: unknown, feature: FeatureSpec, ctx: EventCheckContext): boolean {
  if (feature.type === 'numeric') return typeof v === 'number';
  if (typeof v !== 'string' || v === '' || v.length > ctx.limits.maxStringLength || isNonFiniteText(v))
    return false;
  return ctx.trackedCategories === undefined || trackedSet(ctx, feature.name).has(v);
}

/** The monitor's tracked categories of a feature, asked once per batch. */
function trackedSet(ctx: EventCheckContext, feature: string): ReadonlySet<string> {
  let set = ctx.trackedCache.get(feature);
  if (set === undefined) {
    set = ctx.trackedCategories ? ctx.trackedCategories(feature) : new Set<string>();
    ctx.trackedCache.set(feature, set);
  }
  return set;
}

type FeatureCheck = { value: FeatureValue; typeViolation: boolean } | { problem: FieldProblem };

function checkFeatureValue(
  v: unknown,
  path: string,
  feature: FeatureSpec,
  ctx: EventCheckContext,
): FeatureCheck {
  if (v === undefined || v === null || v === '') return { value: null, typeViolation: false };
  if (isNonFiniteText(v))
    return {
      problem: { path, reason: 'non_finite', message: `${feature.name} must be finite, got ${describe(v)}` },
    };
  if (feature.type === 'numeric')
    return typeof v === 'number' ? { value: v, typeViolation: false } : { value: null, typeViolation: true };
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
    return { value: null, typeViolation: true };
  const text = String(v);
  if (text.length > ctx.limits.maxStringLength) {
    return {
      problem: {
        path,
        reason: 'invalid_field',
        message: `category of ${feature.name} is ${text.length} characters, limit ${ctx.limits.maxStringLength}`,
      },
    };
  }
  return checkCategoryBudget(text, path, feature, ctx);
}

function checkCategoryBudget(
  text: string,
  path: string,
  feature: FeatureSpec,
  ctx: EventCheckContext,
): FeatureCheck {
  if (!ctx.trackedCategories) return { value: text, typeViolation: false };
  const tracked = trackedSet(ctx, feature.name);
  if (tracked.has(text)) return { value: text, typeViolation: false };
  let fresh = ctx.batchCategories.get(feature.name);
  if (fresh === undefined) ctx.batchCategories.set(feature.name, (fresh = new Set()));
  if (fresh.has(text)) return { value: text, typeViolation: false };
  if (tracked.size + fresh.size >= ctx.limits.maxCategoriesPerFeature) {
    return {
      problem: {
        path,
        reason: 'too_many_categories',
        message: `${feature.name} already has ${ctx.limits.maxCategoriesPerFeature} categories (limit); new category refused`,
      },
    };
  }
  fresh.add(text);
  return { value: text, typeViolation: false };
}
