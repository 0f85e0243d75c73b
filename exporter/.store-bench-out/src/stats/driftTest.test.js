"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * driftTest dispatches to the statistics pinned against scipy in the other tests (fixtures from
 * exporter/scripts/gen_stats_fixtures.py); here: dispatch, verdicts, conventions and errors.
 */
const fast_check_1 = __importDefault(require("fast-check"));
const chiSquare_1 = require("./chiSquare");
const driftTest_1 = require("./driftTest");
const __fixtures__1 = require("./__fixtures__");
const hellinger_1 = require("./hellinger");
const histogram_1 = require("./histogram");
const jensenShannon_1 = require("./jensenShannon");
const ksTwoSample_1 = require("./ksTwoSample");
const numericDrift_1 = require("./numericDrift");
const psi_1 = require("./psi");
const quantileBinEdges_1 = require("./quantileBinEdges");
const wasserstein_1 = require("./wasserstein");
const numeric = (values) => ({ type: 'numeric', values });
const categorical = (o) => ({
    type: 'categorical',
    counts: new Map(Object.entries(o)),
});
const ksFixture = (0, __fixtures__1.loadFixture)('ks.json');
const drifted = ksFixture.synthetic.find((c) => c.name === '12000 vs 12000 small drift');
if (!drifted)
    throw new Error('ks.json: missing the "12000 vs 12000 small drift" case');
const ref = (0, __fixtures__1.syntheticSample)(drifted.refGen);
const cur = (0, __fixtures__1.syntheticSample)(drifted.curGen);
describe('driftTest on numeric columns', () => {
    it('gives each numeric statistic as its own function does', () => {
        const ks = (0, ksTwoSample_1.ksTwoSample)(ref, cur);
        expect((0, driftTest_1.driftTest)('ks', numeric(ref), numeric(cur))).toEqual({
            method: 'ks',
            statistic: ks.statistic,
            pValue: ks.pValue,
            threshold: 0.05,
            drifted: true,
        });
        expect(Math.abs(ks.pValue - drifted.pValue)).toBeLessThanOrEqual(1e-6);
        expect((0, driftTest_1.driftTest)('wasserstein', numeric(ref), numeric(cur)).statistic).toBe((0, wasserstein_1.wassersteinNormed)(ref, cur));
        expect((0, driftTest_1.driftTest)('psi', numeric(ref), numeric(cur)).statistic).toBe((0, psi_1.psiSamples)(ref, cur));
        expect((0, driftTest_1.driftTest)('jensenshannon', numeric(ref), numeric(cur), { bins: 20 }).statistic).toBe((0, jensenShannon_1.jensenShannonSamples)(ref, cur, 20));
        const edges = (0, quantileBinEdges_1.quantileBinEdges)(ref.slice().sort(), 10);
        expect((0, driftTest_1.driftTest)('hellinger', numeric(ref), numeric(cur)).statistic).toBe((0, hellinger_1.hellingerDistance)((0, histogram_1.histogram)(ref, edges), (0, histogram_1.histogram)(cur, edges)));
    });
    it('turns statistics into verdicts with the default or given threshold', () => {
        const w = (0, driftTest_1.driftTest)('wasserstein', numeric(ref), numeric(cur));
        expect(w.pValue).toBeNull();
        expect(w.threshold).toBe(0.1);
        expect(w.drifted).toBe(w.statistic >= 0.1);
        const strict = (0, driftTest_1.driftTest)('ks', numeric(ref), numeric(cur), { threshold: 0.01 });
        expect(strict).toMatchObject({ threshold: 0.01, drifted: false });
        expect((0, driftTest_1.driftTest)('wasserstein', numeric(ref), numeric(cur), { threshold: w.statistic }).drifted).toBe(true);
    });
    it('compares low-cardinality numeric columns as categories', () => {
        const a = Float64Array.of(0, 0, 1, 1, 1, 2, 2, 2, 2, 0);
        const b = Float64Array.of(0, 1, 1, 2, 2, 2, 2, 2, 2, 2);
        const chi = (0, chiSquare_1.chiSquareContingency)(new Map([
            ['0', 3],
            ['1', 3],
            ['2', 4],
        ]), new Map([
            ['0', 1],
            ['1', 2],
            ['2', 7],
        ]));
        expect((0, driftTest_1.driftTest)('chisquare', numeric(a), numeric(b))).toMatchObject({
            statistic: chi.statistic,
            pValue: chi.pValue,
        });
        expect((0, driftTest_1.driftTest)('psi', numeric(a), numeric(b)).statistic).toBe((0, driftTest_1.driftTest)('psi', categorical({ 0: 3, 1: 3, 2: 4 }), categorical({ 0: 1, 1: 2, 2: 7 })).statistic);
        const z = (0, driftTest_1.driftTest)('z', numeric(Float64Array.of(0, 1, 1, 0)), numeric(Float64Array.of(1, 1, 1, 0)));
        expect(z.statistic).toBeLessThan(0); // success = "1": 0.5 in reference vs 0.75 in current
    });
    it('reuses sorted samples through driftStatisticSorted', () => {
        const refSorted = ref.slice().sort();
        const curSorted = cur.slice().sort();
        for (const method of ['ks', 'psi', 'wasserstein', 'jensenshannon', 'hellinger']) {
            const { statistic, pValue } = (0, driftTest_1.driftTest)(method, numeric(ref), numeric(cur));
            expect((0, numericDrift_1.driftStatisticSorted)(method, refSorted, curSorted, 10)).toEqual({ statistic, pValue });
        }
        expect(() => (0, numericDrift_1.driftStatisticSorted)('ks', curSorted, ref, 10)).toThrow(/^driftStatisticSorted: expected curSorted sorted ascending, got .* at index \d+$/);
        expect(() => (0, numericDrift_1.driftStatisticSorted)('ks', refSorted, curSorted, 0)).toThrow('driftStatisticSorted: expected bins to be an integer >= 1, got 0');
        expect(() => (0, numericDrift_1.driftStatisticSorted)('t_test', refSorted, curSorted, 10)).toThrow('driftStatisticSorted: expected method one of ks, psi, wasserstein, jensenshannon, chisquare, hellinger, z, got "t_test"');
    });
});
describe('driftTest on categorical and binary columns', () => {
    const a = { red: 40, green: 35, blue: 25 };
    const b = { red: 30, green: 30, blue: 30, purple: 10 };
    it('dispatches to the categorical statistics', () => {
        const chi = (0, chiSquare_1.chiSquareContingency)(new Map(Object.entries(a)), new Map(Object.entries(b)));
        expect((0, driftTest_1.driftTest)('chisquare', categorical(a), categorical(b))).toEqual({
            method: 'chisquare',
            statistic: chi.statistic,
            pValue: chi.pValue,
            threshold: 0.05,
            drifted: chi.pValue < 0.05,
        });
        const js = (0, driftTest_1.driftTest)('jensenshannon', categorical(a), categorical(b));
        expect(js.pValue).toBeNull();
        expect(js.statistic).toBeGreaterThan(0);
        expect((0, driftTest_1.driftTest)('hellinger', categorical(a), categorical(a)).statistic).toBe(0);
    });
    it('runs the Z-test with the last category in sorted order as the success', () => {
        const binary = (yes, no) => ({
            type: 'binary',
            counts: new Map([
                ['yes', yes],
                ['no', no],
            ]),
        });
        const r = (0, driftTest_1.driftTest)('z', binary(30, 70), binary(45, 55));
        expect(r.statistic).toBeCloseTo(-2.1908902300206647, 12);
        expect(r.pValue).toBeCloseTo(0.028459736916310572, 12);
        expect(r.drifted).toBe(true);
    });
});
describe('driftTest errors', () => {
    it('refuses methods that do not fit the column, naming the fix', () => {
        expect(() => (0, driftTest_1.driftTest)('ks', categorical({ a: 1 }), categorical({ a: 2 }))).toThrow("driftTest: method 'ks' needs a numeric column; for categories use chisquare, jensenshannon, hellinger, psi or z");
        expect(() => (0, driftTest_1.driftTest)('z', categorical({ a: 1, b: 1, c: 1 }), categorical({ a: 2 }))).toThrow("driftTest: method 'z' needs at most 2 categories, got 3 (a, b, c)");
        expect(() => (0, driftTest_1.driftTest)('ks', numeric(Float64Array.of(1)), categorical({ a: 1 }))).toThrow('driftTest: expected reference and current columns of the same kind, got numeric and categorical');
        expect(() => (0, driftTest_1.driftTest)('anderson', numeric(ref), numeric(cur))).toThrow('driftTest: expected method one of ks, psi, wasserstein, jensenshannon, chisquare, hellinger, z, got "anderson"');
    });
    it('says the minimum when a sample is too small', () => {
        const small = Float64Array.from({ length: 8 }, (_, i) => i * 1.5);
        expect(() => (0, driftTest_1.driftTest)('psi', numeric(small), numeric(small))).toThrow("driftTest: method 'psi' with 10 bins needs at least 10 reference values, got 8");
        expect(() => (0, driftTest_1.driftTest)('ks', numeric(new Float64Array(0)), numeric(small))).toThrow('driftTest: expected a non-empty reference values sample, got 0 values');
        expect(() => (0, driftTest_1.driftTest)('ks', numeric(small), numeric(Float64Array.of(NaN)))).toThrow('driftTest: expected finite numbers in current values, got NaN');
    });
    it('checks the threshold and bins', () => {
        expect(() => (0, driftTest_1.driftTest)('ks', numeric(ref), numeric(cur), { threshold: 5 })).toThrow('driftTest: expected threshold to be a significance level in (0, 1), got 5');
        expect(() => (0, driftTest_1.driftTest)('psi', numeric(ref), numeric(cur), { threshold: -1 })).toThrow('driftTest: expected threshold to be a finite distance > 0, got -1');
        expect(() => (0, driftTest_1.driftTest)('psi', numeric(ref), numeric(cur), { bins: 0 })).toThrow('driftTest: expected bins to be an integer >= 1, got 0');
    });
});
describe('driftTest properties', () => {
    const sample = fast_check_1.default
        .array(fast_check_1.default.integer({ min: -200, max: 200 }), { minLength: 10, maxLength: 60 })
        .map((xs) => Float64Array.from(xs, (x) => x / 8));
    const methods = fast_check_1.default.constantFrom('ks', 'psi', 'wasserstein', 'jensenshannon', 'hellinger', 'chisquare');
    it('a column against itself never drifts and has zero distance / p-value 1', () => {
        fast_check_1.default.assert(fast_check_1.default.property(sample, methods, (x, method) => {
            const r = (0, driftTest_1.driftTest)(method, numeric(x), numeric(x));
            expect(r.drifted).toBe(false);
            if (r.pValue === null)
                expect(r.statistic).toBeCloseTo(0, 7);
            else
                expect(r.pValue).toBeGreaterThan(0.99);
        }));
    });
    it('does not depend on the order of the values and keeps p-values in [0, 1]', () => {
        fast_check_1.default.assert(fast_check_1.default.property(sample, sample, methods, (x, y, method) => {
            const r = (0, driftTest_1.driftTest)(method, numeric(x), numeric(y));
            expect((0, driftTest_1.driftTest)(method, numeric(x.slice().reverse()), numeric(y.slice().reverse()))).toEqual(r);
            if (r.pValue !== null) {
                expect(r.pValue).toBeGreaterThanOrEqual(0);
                expect(r.pValue).toBeLessThanOrEqual(1);
            }
        }));
    });
});
//# sourceMappingURL=driftTest.test.js.map