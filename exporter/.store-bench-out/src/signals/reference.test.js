"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const prng_1 = require("../demo/prng");
const specs_1 = require("./__fixtures__/specs");
const reference_1 = require("./reference");
const referenceSample_1 = require("./referenceSample");
describe('buildReferenceProfile', () => {
    const model = (0, specs_1.fraudModel)();
    const rows = (0, specs_1.referenceRows)((0, prng_1.mulberry32)(11), 30_000, prng_1.normal);
    const profile = (0, reference_1.buildReferenceProfile)(model, rows, 1_690_000_000, {
        maxReferenceSample: 1000,
        maxCategories: 2,
    });
    test('numeric columns keep a bounded, sorted quantile subsample and the full-column moments', () => {
        const amount = profile.columns.get('amount');
        expect(amount.sorted.length).toBe(1000);
        expect(amount.count).toBe(30_000);
        expect(amount.mean).toBeCloseTo(100, 0);
        expect(amount.std).toBeCloseTo(20, 0);
        for (let i = 1; i < amount.sorted.length; i++)
            expect(amount.sorted[i]).toBeGreaterThanOrEqual(amount.sorted[i - 1]);
    });
    test('categories past the cap fold into __other__, keeping the most frequent', () => {
        const country = profile.columns.get('country');
        expect(country?.type).toBe('categorical');
        if (country?.type !== 'categorical')
            return;
        expect(country.counts.size).toBe(3);
        expect(country.counts.get('__other__')).toBeGreaterThan(9000);
        expect(country.uniqueCount).toBe(3);
    });
    test('prediction distribution and mean |attribution| ranking are kept', () => {
        expect(profile.prediction?.type).toBe('categorical');
        expect(profile.importance?.get('amount')).toBeCloseTo(0.5, 12);
        expect(profile.takenAt).toBe(1_690_000_000);
    });
    test('missing and non-finite numeric values count as missing', () => {
        const p = (0, reference_1.buildReferenceProfile)(model, [{ features: { amount: null } }, { features: { amount: Number.NaN } }, { features: { amount: 3 } }], null);
        const amount = p.columns.get('amount');
        expect([amount.count, amount.missing]).toEqual([1, 2]);
    });
    test('round-trips through JSON exactly', () => {
        const back = (0, reference_1.referenceFromJSON)(JSON.parse(JSON.stringify((0, reference_1.referenceToJSON)(profile))));
        expect(back).toEqual(profile);
    });
    test('refuses no rows and foreign JSON', () => {
        expect(() => (0, reference_1.buildReferenceProfile)(model, [], null)).toThrow('model fraud got 0 reference rows');
        expect(() => (0, reference_1.referenceFromJSON)({ format: 'other' })).toThrow('format is other, expected mlhealth-reference/1');
    });
});
describe('bounded summaries', () => {
    test('evenly spaced order statistics keep the ends and every quantile within 1/k in rank', () => {
        const full = Float64Array.from({ length: 10_001 }, (_, i) => i);
        const sub = (0, referenceSample_1.evenlySpacedOrderStatistics)(full, 101);
        expect(sub[0]).toBe(0);
        expect(sub[100]).toBe(10_000);
        expect(sub[50]).toBe(5000);
    });
    test('capCategoryCounts keeps the top categories, ties by name', () => {
        const capped = (0, referenceSample_1.capCategoryCounts)(new Map([
            ['b', 2],
            ['a', 2],
            ['c', 1],
        ]), 1, '__other__');
        expect([...capped]).toEqual([
            ['a', 2],
            ['__other__', 3],
        ]);
    });
});
//# sourceMappingURL=reference.test.js.map