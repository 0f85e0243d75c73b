/**
 * Per-model lookup tables for event validation, built once per `ModelSpec` object and cached (a spec is
 * loaded once and never mutated), so that a batch does not rebuild maps and templates and an event
 * does not look anything up by name on its success path.
 */
import type { FeatureSpec, ModelSpec, TypeMismatchPolicy } from '../spec/types';
import type { FeatureValue } from '../signals/events';

export interface FeatureTable {
  /** Declared feature names, in spec order. */
  readonly names: readonly string[];
  /** Feature name → its index in `names`. */
  readonly index: ReadonlyMap<string, number>;
  /** Per feature: 1 for numeric, 0 for categorical/binary. */
  readonly numeric: Uint8Array;
  readonly features: readonly FeatureSpec[];
  /** What a declared feature with a value of the wrong JSON type does to its event. */
  readonly typeMismatch: TypeMismatchPolicy;
  /** Every declared feature → null, in spec order: the template of an event's normalised features. */
  readonly empty: Readonly<Record<string, FeatureValue>>;
}

const tables = new WeakMap<ModelSpec, FeatureTable>();

/**
 * The lookup table of `model`, built on first use and cached for the model object.
 * Complexity: O(features) once, then O(1). Throws nothing.
 * @example featureTable(model).index.get('amount') // 0 when amount is the first declared feature
 */
export function featureTable(model: ModelSpec): FeatureTable {
  let table = tables.get(model);
  if (table === undefined) {
    const names = model.features.map((f) => f.name);
    const empty: Record<string, FeatureValue> = {};
    for (const name of names) empty[name] = null;
    table = {
      names,
      index: new Map(names.map((name, i) => [name, i])),
      numeric: Uint8Array.from(model.features, (f) => (f.type === 'numeric' ? 1 : 0)),
      features: model.features,
      typeMismatch: typeMismatchPolicy(model),
      empty,
    };
    tables.set(model, table);
  }
  return table;
}

/**
 * The type-mismatch policy of a model: its own `type_mismatch`, which the spec loader fills from
 * `defaults.type_mismatch`; `reject` when neither is set (a hand-built spec).
 */
export function typeMismatchPolicy(model: ModelSpec): TypeMismatchPolicy {
  return model.type_mismatch ?? 'reject';
}
