"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const validateLabels_1 = require("./validateLabels");
describe('validateLabels', () => {
    test('classification labels become class strings; NDJSON works', () => {
        expect((0, validateLabels_1.validateLabels)([
            { id: 'a', label: 'fraud' },
            { id: 7, label: 1 },
            { id: 'c', label: false },
        ], 'classification')).toEqual({
            ok: true,
            labels: [
                { id: 'a', label: 'fraud' },
                { id: '7', label: '1' },
                { id: 'c', label: 'false' },
            ],
        });
        expect((0, validateLabels_1.validateLabels)('{"id":"a","label":"x"}\n{"id":"b","label":"y"}', 'classification')).toMatchObject({
            ok: true,
            labels: [{ id: 'a' }, { id: 'b' }],
        });
    });
    test('regression labels are finite numbers', () => {
        expect((0, validateLabels_1.validateLabels)([{ id: 'a', label: 2.5 }], 'regression')).toEqual({
            ok: true,
            labels: [{ id: 'a', label: 2.5 }],
        });
        expect((0, validateLabels_1.validateLabels)([{ id: 'a', label: 'NaN' }], 'regression')).toMatchObject({
            ok: false,
            reasons: { non_finite: 1 },
        });
    });
    test('every problem is listed with its path', () => {
        const r = (0, validateLabels_1.validateLabels)([{ label: 'x' }, { id: 'a' }, { id: 'b', label: 'y', score: 1 }, 5], 'classification');
        expect(r).toEqual({
            ok: false,
            total: 4,
            reasons: { invalid_field: 3, malformed: 1 },
            details: [
                { path: '[0].id', message: 'id must be a non-empty string, got nothing' },
                { path: '[1].label', message: 'label is required' },
                { path: '[2].score', message: 'unknown field "score"' },
                { path: '[3]', message: 'label must be an object {id, label}, got number 5' },
            ],
        });
    });
    test('a batch over the limit is refused whole', () => {
        expect((0, validateLabels_1.validateLabels)(new Array(3).fill({ id: 'a', label: 1 }), 'classification', { maxEventsPerBatch: 2 })).toMatchObject({ ok: false, reasons: { too_many_events: 3 } });
    });
});
//# sourceMappingURL=validateLabels.test.js.map