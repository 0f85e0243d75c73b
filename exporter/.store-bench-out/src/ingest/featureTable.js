"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.featureTable = featureTable;
exports.typeMismatchPolicy = typeMismatchPolicy;
const tables = new WeakMap();
/**
 * The lookup table of `model`, built on first use and cached for the model object.
 * Complexity: O(features) once, then O(1). Throws nothing.
 * @example featureTable(model).index.get('amount') // 0 when amount is the first declared feature
 */
function featureTable(model) {
    let table = tables.get(model);
    if (table === undefined) {
        const names = model.features.map((f) => f.name);
        const empty = {};
        for (const name of names)
            empty[name] = null;
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
function typeMismatchPolicy(model) {
    return model.type_mismatch ?? 'reject';
}
//# sourceMappingURL=featureTable.js.map