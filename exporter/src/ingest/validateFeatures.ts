/**
 * The `features` object of one event: undeclared names are refused, declared values normalised (a
 * number for numeric features, a string for categorical/binary ones), values of the wrong JSON type
 * refused or counted as `type` violations by the model's type-mismatch policy, and new categories
 * checked against the tracked-category budget.
 *
 * Fast path: when the object holds exactly the declared features in spec order, each already in its
 * normalised form (a finite number, a tracked category string), it is the normalised value itself and
 * nothing is allocated. A for-in walk compares each key with the spec's name at that position, so a
 * valid event costs one comparison and one type test per value. Anything else takes the general path.
 */
import { isNFC, toNFC } from '../spec/nfc';
import { isNonFiniteText, isObject } from './fieldChecks';
import type { FieldProblem } from './fieldChecks';
import { describe } from './parseBody';
import type { FeatureValue } from '../signals/events';
import type { EventCheckContext } from './validateEvent';

/** The `typeViolations` of an event without any: shared, frozen, never to be mutated. */
export const NO_TYPE_VIOLATIONS = Object.freeze([]) as unknown as string[];

/**
 * The normalised features of event `at` (its index in the batch); pushes problems and returns null
 * when `features` is not an object. Sets `ctx.typeViolations` for the event. O(features). Throws nothing.
 */
export function checkFeatures(
  value: unknown,
  at: number,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): Record<string, FeatureValue> | null {
  ctx.typeViolations = NO_TYPE_VIOLATIONS;
  if (!isObject(value)) {
    problems.push({
      path: `[${at}].features`,
      reason: 'malformed',
      message: `features must be an object of feature name → value, got ${describe(value)}`,
    });
    return null;
  }
  if (isNormalised(value, ctx)) return value as Record<string, FeatureValue>;
  return normalise(value, at, ctx, problems);
}

/** True when `value` holds exactly the declared features, in spec order, each already normalised. */
function isNormalised(value: Record<string, unknown>, ctx: EventCheckContext): boolean {
  const { names, numeric } = ctx.table;
  const n = names.length;
  let k = 0;
  for (const key in value) {
    if (k === n || key !== names[k]) return false;
    const v = value[key];
    if (numeric[k] === 1) {
      if (typeof v !== 'number' || v - v !== 0) return false; // v − v is NaN for ±Infinity and NaN
    } else if (!isTrackedCategory(v, k, ctx)) return false;
    k++;
  }
  return k === n;
}

function isTrackedCategory(v: unknown, k: number, ctx: EventCheckContext): boolean {
  if (typeof v !== 'string' || v === '' || v.length > ctx.limits.maxStringLength || isNonFiniteText(v))
    return false;
  if (!isNFC(v)) return false; // the general path stores it in NFC
  return ctx.trackedCategories === undefined || trackedSet(ctx, k).has(v);
}

/** The monitor's tracked categories of feature `k`, asked once per batch. */
function trackedSet(ctx: EventCheckContext, k: number): ReadonlySet<string> {
  let set = ctx.tracked[k];
  if (set === undefined) {
    set = ctx.trackedCategories ? ctx.trackedCategories(ctx.table.names[k]) : new Set<string>();
    ctx.tracked[k] = set;
  }
  return set;
}

/** The general path: a copy of the all-null template filled in spec order, every problem pushed. */
function normalise(
  value: Record<string, unknown>,
  at: number,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): Record<string, FeatureValue> {
  const { names } = ctx.table;
  const values: Record<string, FeatureValue> = { ...ctx.table.empty };
  let present = 0;
  for (let k = 0; k < names.length; k++) {
    const v = value[names[k]];
    if (v === undefined) continue;
    present++;
    const normalised = featureValue(v, at, k, ctx, problems);
    if (normalised !== MISTYPED) values[names[k]] = normalised;
    else if (ctx.typeViolations === NO_TYPE_VIOLATIONS) ctx.typeViolations = [names[k]];
    else ctx.typeViolations.push(names[k]);
  }
  if (present !== countKeys(value)) {
    for (const name of Object.keys(value)) {
      if (ctx.table.index.has(name)) continue;
      const k = ctx.table.index.get(toNFC(name));
      if (k !== undefined && value[names[k]] === undefined) {
        // A declared name typed in another normal form (NFD "São" for NFC "São"): the same feature.
        const normalised = featureValue(value[name], at, k, ctx, problems);
        if (normalised !== MISTYPED) values[names[k]] = normalised;
        else if (ctx.typeViolations === NO_TYPE_VIOLATIONS) ctx.typeViolations = [names[k]];
        else ctx.typeViolations.push(names[k]);
        continue;
      }
      problems.push({
        path: featurePath(at, name),
        reason: 'unknown_feature',
        message: `model ${ctx.model.id} has no feature ${JSON.stringify(name)}`,
      });
    }
  }
  return values;
}

function countKeys(value: Record<string, unknown>): number {
  let keys = 0;
  for (const _key in value) keys++;
  return keys;
}

/** Marks a mistyped value kept as a measured `type` violation (`count` policy). */
const MISTYPED = Symbol('mistyped');

/** Feature `k`'s normalised value; null (problem pushed) when refused; MISTYPED under `count`. */
function featureValue(
  v: unknown,
  at: number,
  k: number,
  ctx: EventCheckContext,
  problems: FieldProblem[],
): FeatureValue | typeof MISTYPED {
  if (v === null || v === '') return null;
  const name = ctx.table.names[k];
  if (isNonFiniteText(v) || (typeof v === 'number' && v - v !== 0)) {
    problems.push({
      path: featurePath(at, name),
      reason: 'non_finite',
      message: `${name} must be finite, got ${describe(v)}`,
    });
    return null;
  }
  const numeric = ctx.table.numeric[k] === 1;
  if (numeric ? typeof v !== 'number' : !isClassValue(v)) {
    if (ctx.table.typeMismatch === 'count') return MISTYPED;
    const expected = numeric ? 'a number' : 'a string, number or boolean';
    problems.push({
      path: featurePath(at, name),
      reason: 'type',
      message: `${name} is a ${ctx.table.features[k].type} feature: expected ${expected}, got ${describe(v)}`,
    });
    return null;
  }
  if (numeric) return v as number;
  const text = toNFC(String(v));
  if (text.length > ctx.limits.maxStringLength) {
    problems.push({
      path: featurePath(at, name),
      reason: 'invalid_field',
      message: `category of ${name} is ${text.length} characters, limit ${ctx.limits.maxStringLength}`,
    });
    return null;
  }
  return withinCategoryBudget(text, k, ctx)
    ? text
    : refuseCategory(featurePath(at, name), name, ctx, problems);
}

function featurePath(at: number, name: string): string {
  return `[${at}].features.${name}`;
}

function isClassValue(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** True when `text` is tracked, already new in this batch, or fits the budget (then noted as new). */
function withinCategoryBudget(text: string, k: number, ctx: EventCheckContext): boolean {
  if (!ctx.trackedCategories) return true;
  const tracked = trackedSet(ctx, k);
  if (tracked.has(text)) return true;
  let fresh = ctx.batchCategories[k];
  if (fresh === undefined) ctx.batchCategories[k] = fresh = new Set();
  if (fresh.has(text)) return true;
  if (tracked.size + fresh.size >= ctx.limits.maxCategoriesPerFeature) return false;
  fresh.add(text);
  return true;
}

function refuseCategory(path: string, name: string, ctx: EventCheckContext, problems: FieldProblem[]): null {
  problems.push({
    path,
    reason: 'too_many_categories',
    message: `${name} already has ${ctx.limits.maxCategoriesPerFeature} categories (limit); new category refused`,
  });
  return null;
}
