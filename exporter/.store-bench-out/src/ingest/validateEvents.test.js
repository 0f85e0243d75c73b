"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const specs_1 = require("../signals/__fixtures__/specs");
const validateEvents_1 = require("./validateEvents");
const model = (0, specs_1.fraudModel)({ features: [...(0, specs_1.fraudModel)().features, { name: 'is_new', type: 'binary' }] });
const good = {
    timestamp: 1_700_000_000,
    id: 'a1',
    features: { amount: 12.5, age: 40, country: 'de', channel: 'web', is_new: true },
    prediction: 'ok',
    confidence: 0.9,
    latency_seconds: 0.02,
};
describe('validateEvents: accepted batches', () => {
    test('a JSON array is normalised, every declared feature present', () => {
        const r = (0, validateEvents_1.validateEvents)(model, [good, { features: { amount: 3 } }]);
        expect(r).toEqual({
            ok: true,
            events: [
                {
                    timestamp: 1_700_000_000,
                    id: 'a1',
                    features: { amount: 12.5, age: 40, country: 'de', channel: 'web', is_new: 'true' },
                    typeViolations: [],
                    prediction: 'ok',
                    confidence: 0.9,
                    latencySeconds: 0.02,
                    error: null,
                    attributions: null,
                },
                {
                    timestamp: null,
                    id: null,
                    features: { amount: 3, age: null, country: null, channel: null, is_new: null },
                    typeViolations: [],
                    prediction: null,
                    confidence: null,
                    latencySeconds: null,
                    error: null,
                    attributions: null,
                },
            ],
        });
    });
    test('NDJSON text and a JSON array text give the same events', () => {
        const ndjson = `${JSON.stringify(good)}\n\n${JSON.stringify(good)}\n`;
        const a = (0, validateEvents_1.validateEvents)(model, ndjson);
        const b = (0, validateEvents_1.validateEvents)(model, JSON.stringify([good, good]));
        expect(a.ok && a.events.length).toBe(2);
        expect(a).toEqual(b);
    });
    test('type_mismatch: count accepts a mistyped declared feature as a measured type violation (value missing)', () => {
        const counting = { ...model, type_mismatch: 'count' };
        const r = (0, validateEvents_1.validateEvents)(counting, [
            { features: { amount: '12.5', age: true, country: { x: 1 }, channel: 7 } },
        ]);
        expect(r.ok).toBe(true);
        if (!r.ok)
            return;
        expect(r.events[0].typeViolations).toEqual(['amount', 'age', 'country']);
        expect(r.events[0].features).toEqual({
            amount: null,
            age: null,
            country: null,
            channel: '7',
            is_new: null,
        });
    });
    test('out-of-range numbers and unseen categories are accepted (the monitor counts them)', () => {
        const r = (0, validateEvents_1.validateEvents)(model, [{ features: { amount: -5e9, country: 'zz' } }]);
        expect(r.ok).toBe(true);
    });
    test('ISO timestamps, numeric ids and error classes', () => {
        const r = (0, validateEvents_1.validateEvents)(model, [
            { timestamp: '2023-11-14T22:13:20Z', id: 17, features: {}, error: 'timeout' },
            { features: {}, error: true },
        ]);
        expect(r.ok && r.events.map((e) => [e.timestamp, e.id, e.error])).toEqual([
            [1_700_000_000, '17', 'timeout'],
            [null, null, 'error'],
        ]);
    });
});
describe('validateEvents: refused batches name every problem', () => {
    test('each refusal reason, with its JSON path, counted once per event', () => {
        const r = (0, validateEvents_1.validateEvents)(model, [
            good,
            'not an event',
            { features: [1, 2] },
            { features: { amount: 1, colour: 'red' } },
            { features: {}, confidence: 1.5 },
            { features: {}, latency_seconds: -0.1 },
            { features: { amount: 'NaN' } },
            { features: {}, confidence: 'Infinity' },
            { features: {}, prediction: { label: 'x' } },
            { features: {}, timestamp: 1_700_000_000_000 },
            { features: {}, extra: 1 },
            { features: {}, attributions: { colour: 0.2 } },
        ]);
        expect(r.ok).toBe(false);
        if (r.ok)
            return;
        expect(r.total).toBe(12);
        expect(r.reasons).toEqual({
            malformed: 2,
            unknown_feature: 2,
            confidence_range: 1,
            negative_latency: 1,
            non_finite: 2,
            invalid_field: 3,
        });
        expect(r.details).toEqual([
            { path: '[1]', message: 'event must be an object, got the string "not an event"' },
            { path: '[2].features', message: 'features must be an object of feature name → value, got an array' },
            { path: '[3].features.colour', message: 'model fraud has no feature "colour"' },
            { path: '[4].confidence', message: 'confidence must be within 0..1, got 1.5' },
            { path: '[5].latency_seconds', message: 'latency_seconds must be ≥ 0, got -0.1' },
            { path: '[6].features.amount', message: 'amount must be finite, got the string "NaN"' },
            { path: '[7].confidence', message: 'confidence must be a finite number, got the string "Infinity"' },
            {
                path: '[8].prediction',
                message: 'prediction must be a class (string, number or boolean), got an object',
            },
            { path: '[9].timestamp', message: 'timestamp 1700000000000 is not Unix seconds (milliseconds?)' },
            { path: '[10].extra', message: 'unknown field "extra"' },
            { path: '[11].attributions.colour', message: 'model fraud has no feature "colour"' },
        ]);
    });
    test('type_mismatch: reject (the default) refuses the whole batch, naming feature, expected and given type', () => {
        const r = (0, validateEvents_1.validateEvents)(model, [
            good,
            { features: { amount: '12.5', age: true } },
            { features: { country: { x: 1 } } },
            { features: { channel: 7, is_new: false } },
        ]);
        expect(r).toEqual({
            ok: false,
            total: 4,
            reasons: { type: 2 },
            details: [
                {
                    path: '[1].features.amount',
                    message: 'amount is a numeric feature: expected a number, got the string "12.5"',
                },
                {
                    path: '[1].features.age',
                    message: 'age is a numeric feature: expected a number, got boolean true',
                },
                {
                    path: '[2].features.country',
                    message: 'country is a categorical feature: expected a string, number or boolean, got an object',
                },
            ],
        });
        expect(model.type_mismatch).toBeUndefined();
    });
    test('a mistyped feature value on an NDJSON line names the line', () => {
        const r = (0, validateEvents_1.validateEvents)(model, `${JSON.stringify(good)}\n{"features": {"age": "forty"}}\n`);
        expect(!r.ok && r.details).toEqual([
            {
                path: '[1].features.age',
                message: 'age is a numeric feature: expected a number, got the string "forty" (line 2)',
            },
        ]);
    });
    test('a number that overflows to Infinity in a feature or a regression prediction is non_finite', () => {
        const regression = { ...model, task: 'regression' };
        const r = (0, validateEvents_1.validateEvents)(regression, '[{"features": {"amount": 1e999}}, {"features": {}, "prediction": -1e999}]');
        expect(r).toMatchObject({
            ok: false,
            reasons: { non_finite: 2 },
            details: [
                { path: '[0].features.amount', message: 'amount must be finite, got number Infinity' },
                { path: '[1].prediction' },
            ],
        });
    });
    test('NDJSON: a bad line is named, bare NaN is non_finite', () => {
        const r = (0, validateEvents_1.validateEvents)(model, `${JSON.stringify(good)}\n{"features": {"amount": NaN}}\n{oops\n`);
        expect(r).toEqual({
            ok: false,
            total: 3,
            reasons: { non_finite: 1, malformed: 1 },
            details: [
                {
                    path: '[1]',
                    message: expect.stringMatching(/^line 2: invalid JSON: .* \(NaN and Infinity are not JSON\)$/),
                },
                { path: '[2]', message: expect.stringMatching(/^line 3: invalid JSON: /) },
            ],
        });
    });
    test('NDJSON: a valid line with a bad event names its line too', () => {
        const r = (0, validateEvents_1.validateEvents)(model, `${JSON.stringify(good)}\n\n{"features": {"amount": 1}, "confidence": 2}\n`);
        expect(!r.ok && r.details).toEqual([
            { path: '[1].confidence', message: 'confidence must be within 0..1, got 2 (line 3)' },
        ]);
    });
    test('a body that is not an array, a huge batch, a model over the feature limit', () => {
        expect((0, validateEvents_1.validateEvents)(model, { features: {} })).toMatchObject({
            ok: false,
            reasons: { malformed: 1 },
            details: [{ path: '$' }],
        });
        expect((0, validateEvents_1.validateEvents)(model, '{"features": {}')).toMatchObject({ ok: false, reasons: { malformed: 1 } });
        expect((0, validateEvents_1.validateEvents)(model, new Array(11).fill(good), { limits: { maxEventsPerBatch: 10 } })).toEqual({
            ok: false,
            total: 11,
            reasons: { too_many_events: 11 },
            details: [{ path: '$', message: 'batch has 11 events, limit 10' }],
        });
        expect((0, validateEvents_1.validateEvents)(model, [good], { limits: { maxFeatures: 3 } })).toMatchObject({
            ok: false,
            reasons: { too_many_features: 1 },
        });
    });
    test('a new category past the tracked-category limit refuses its event', () => {
        const tracked = new Set(['web', 'app']);
        const options = {
            limits: { maxCategoriesPerFeature: 3 },
            trackedCategories: (f) => (f === 'channel' ? tracked : new Set()),
        };
        expect((0, validateEvents_1.validateEvents)(model, [
            { features: { channel: 'web' } },
            { features: { channel: 'phone' } },
            { features: { channel: 'phone' } },
        ], options).ok).toBe(true);
        const r = (0, validateEvents_1.validateEvents)(model, [{ features: { channel: 'phone' } }, { features: { channel: 'fax' } }], options);
        expect(r).toMatchObject({
            ok: false,
            reasons: { too_many_categories: 1 },
            details: [
                {
                    path: '[1].features.channel',
                    message: 'channel already has 3 categories (limit); new category refused',
                },
            ],
        });
    });
    test('an empty batch is accepted and changes nothing', () => {
        expect((0, validateEvents_1.validateEvents)(model, [])).toEqual({ ok: true, events: [] });
    });
});
describe('validateEvents never throws', () => {
    test('on arbitrary JSON values and arbitrary text', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.oneof(fast_check_1.default.jsonValue(), fast_check_1.default.string(), fast_check_1.default.array(fast_check_1.default.record({
            features: fast_check_1.default.dictionary(fast_check_1.default.constantFrom('amount', 'age', 'country', 'x'), fast_check_1.default.jsonValue()),
            confidence: fast_check_1.default.jsonValue(),
        }, { requiredKeys: [] }))), (body) => {
            const r = (0, validateEvents_1.validateEvents)(model, body);
            if (r.ok)
                return true;
            const counted = Object.values(r.reasons).reduce((a, b) => a + (b ?? 0), 0);
            return r.details.length > 0 && counted >= 1 && (r.total === 0 || counted <= r.total);
        }), { numRuns: 500 });
    });
});
//# sourceMappingURL=validateEvents.test.js.map