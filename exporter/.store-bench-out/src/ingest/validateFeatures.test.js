"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const specs_1 = require("../signals/__fixtures__/specs");
const featureTable_1 = require("./featureTable");
const fieldChecks_1 = require("./fieldChecks");
const validateEvents_1 = require("./validateEvents");
const model = (0, specs_1.fraudModel)({
    features: [...(0, specs_1.fraudModel)().features, { name: 'is_new', type: 'binary' }],
});
const names = model.features.map((f) => f.name);
/** Any value a producer might send for a feature, well-formed or not. */
const featureValue = fast_check_1.default.oneof(fast_check_1.default.double({ noNaN: true, noDefaultInfinity: true }), fast_check_1.default.integer(), fast_check_1.default.constantFrom('de', 'fr', 'us', 'web', 'app', 'zz', '', 'NaN', ' -inf', 'Infinity', '12.5'), fast_check_1.default.string({ maxLength: 4 }), fast_check_1.default.boolean(), fast_check_1.default.constant(null), fast_check_1.default.constant(Number.POSITIVE_INFINITY), fast_check_1.default.constant({ x: 1 }), fast_check_1.default.constant([1]));
/** A features object: some declared features (maybe an undeclared one), in spec order. */
const features = fast_check_1.default
    .tuple(fast_check_1.default.array(fast_check_1.default.option(featureValue, { nil: undefined }), {
    minLength: names.length,
    maxLength: names.length,
}), fast_check_1.default.option(fast_check_1.default.constant('colour'), { nil: undefined }))
    .map(([values, extra]) => {
    const out = {};
    values.forEach((v, i) => {
        if (v !== undefined)
            out[names[i]] = v;
    });
    if (extra !== undefined)
        out[extra] = 'red';
    return out;
});
function reversed(o) {
    return Object.fromEntries(Object.entries(o).reverse());
}
describe('checkFeatures: the in-order fast path and the general path agree', () => {
    test.each([
        ['reject', undefined],
        ['count', undefined],
        ['reject', new Set(['web'])],
    ])('type_mismatch %s, tracked categories %p', (policy, tracked) => {
        const m = { ...model, type_mismatch: policy };
        const options = {
            limits: { maxCategoriesPerFeature: 3 },
            trackedCategories: tracked === undefined ? undefined : () => tracked,
        };
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(features, { maxLength: 4 }), (batch) => {
            const inOrder = (0, validateEvents_1.validateEvents)(m, batch.map((f) => ({ features: f })), options);
            const shuffled = (0, validateEvents_1.validateEvents)(m, batch.map((f) => ({ features: reversed(f) })), options);
            if (inOrder.ok !== shuffled.ok)
                return false;
            if (!inOrder.ok || !shuffled.ok)
                return true; // problem order follows key order; reasons may too
            expect(shuffled.events).toEqual(inOrder.events);
            // Accepted events list every declared feature, in spec order (the monitor's fast path reads them so).
            for (const e of [...inOrder.events, ...shuffled.events])
                expect(Object.keys(e.features)).toEqual(names);
            return true;
        }), { numRuns: 400 });
    });
});
describe('checkFeatures: what the fast path hands on', () => {
    const normalised = { amount: 12.5, age: 40, country: 'de', channel: 'web', is_new: 'true' };
    test('an in-order, already normalised features object is the event features itself (no copy)', () => {
        const r = (0, validateEvents_1.validateEvents)(model, [{ features: normalised }]);
        expect(r.ok && r.events[0].features).toBe(normalised);
        expect(r.ok && r.events[0].typeViolations).toEqual([]);
    });
    test('anything else is a fresh object in spec order: a boolean category, a missing value, another order', () => {
        for (const f of [{ ...normalised, is_new: true }, { ...normalised, age: null }, reversed(normalised)]) {
            const r = (0, validateEvents_1.validateEvents)(model, [{ features: f }]);
            expect(r.ok).toBe(true);
            if (!r.ok)
                continue;
            expect(r.events[0].features).not.toBe(f);
            expect(Object.keys(r.events[0].features)).toEqual(names);
        }
    });
    test('the shared empty typeViolations cannot be mutated by a consumer', () => {
        const r = (0, validateEvents_1.validateEvents)(model, [{ features: normalised }]);
        expect(() => r.ok && r.events[0].typeViolations.push('x')).toThrow(TypeError);
    });
});
describe('featureTable', () => {
    test('is built once per model object, with the resolved type-mismatch policy', () => {
        expect((0, featureTable_1.featureTable)(model)).toBe((0, featureTable_1.featureTable)(model));
        expect((0, featureTable_1.featureTable)(model).typeMismatch).toBe('reject');
        expect((0, featureTable_1.featureTable)({ ...model, type_mismatch: 'count' }).typeMismatch).toBe('count');
        expect([...(0, featureTable_1.featureTable)(model).numeric]).toEqual([1, 1, 0, 0, 0]);
        expect((0, featureTable_1.featureTable)(model).index.get('country')).toBe(2);
    });
});
describe('isNonFiniteText', () => {
    const spelled = /^\s*[+-]?(?:nan|inf|infinity)\s*$/i;
    test('agrees with the plain regular expression (its cheap pre-check loses nothing)', () => {
        const pieces = fast_check_1.default.constantFrom(' ', '\t', '\u00a0', '\u2003', '+', '-', 'n', 'N', 'a', 'i', 'I', 'f', 'inity', 'x', '1');
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.string(), fast_check_1.default.array(pieces, { maxLength: 8 }).map((p) => p.join(''))), (text) => {
            expect((0, fieldChecks_1.isNonFiniteText)(text)).toBe(spelled.test(text));
        }), { numRuns: 3000 });
        for (const t of ['NaN', ' -Infinity ', '\u00a0inf', '+INF', 'nan\n'])
            expect((0, fieldChecks_1.isNonFiniteText)(t)).toBe(true);
        for (const t of ['', 'web', 'infinite', '1', 'n a n'])
            expect((0, fieldChecks_1.isNonFiniteText)(t)).toBe(false);
    });
});
//# sourceMappingURL=validateFeatures.test.js.map