"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const specs_1 = require("../signals/__fixtures__/specs");
const validateReference_1 = require("./validateReference");
const model = (0, specs_1.fraudModel)();
describe('validateReferenceRows', () => {
    test('flat CSV-like records are read leniently: numeric strings, missing spellings, extra columns ignored', () => {
        const r = (0, validateReference_1.validateReferenceRows)(model, [
            {
                amount: '12.5',
                age: 'NaN',
                country: 'de',
                channel: '',
                prediction: 'ok',
                confidence: '0.8',
                'attribution.amount': '-0.3',
                customer_id: 'c1',
            },
            { amount: 'abc', age: 40, country: 3 },
        ]);
        expect(r).toEqual({
            ok: true,
            rows: [
                {
                    features: { amount: 12.5, age: null, country: 'de', channel: null },
                    prediction: 'ok',
                    confidence: 0.8,
                    attributions: { amount: -0.3 },
                },
                {
                    features: { amount: null, age: 40, country: '3', channel: null },
                    prediction: null,
                    confidence: null,
                    attributions: null,
                },
            ],
        });
    });
    test('event-shaped rows are validated like events, strictly', () => {
        const ok = (0, validateReference_1.validateReferenceRows)(model, [{ features: { amount: 1, country: 'de' }, prediction: 'ok' }]);
        expect(ok).toEqual({
            ok: true,
            rows: [
                {
                    features: { amount: 1, age: null, country: 'de', channel: null },
                    prediction: 'ok',
                    confidence: null,
                    attributions: null,
                },
            ],
        });
        expect((0, validateReference_1.validateReferenceRows)(model, [{ features: { colour: 'red' } }])).toMatchObject({
            ok: false,
            reasons: { unknown_feature: 1 },
        });
    });
    test('an empty reference, a non-object row, too many rows', () => {
        expect((0, validateReference_1.validateReferenceRows)(model, [])).toMatchObject({
            ok: false,
            details: [{ path: '$', message: 'reference has no rows' }],
        });
        expect((0, validateReference_1.validateReferenceRows)(model, [{ amount: 1 }, 'x'])).toMatchObject({
            ok: false,
            details: [{ path: '[1]' }],
        });
        expect((0, validateReference_1.validateReferenceRows)(model, [{ amount: 1 }, { amount: 2 }], {}, 1)).toMatchObject({
            ok: false,
            reasons: { too_many_events: 2 },
        });
    });
});
//# sourceMappingURL=validateReference.test.js.map