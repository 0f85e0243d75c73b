"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * End-to-end runs of `mlhealth drift` in-process on committed fixtures. The scipy values come from
 * `__fixtures__/drift/make_fixtures.py` (scipy.stats.ks_2samp, chi2_contingency, false_discovery_control),
 * committed in `expected.json`. Tolerances: 1e-9 relative on statistics, 1e-6 absolute on p-values.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const harness_1 = require("./__fixtures__/drift/harness");
const expected = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(harness_1.FIXTURES, 'expected.json'), 'utf8'));
const relClose = (actual, want) => expect(Math.abs(actual - want)).toBeLessThanOrEqual(1e-9 * Math.abs(want));
const absClose = (actual, want) => expect(Math.abs(actual - want)).toBeLessThanOrEqual(1e-6);
const byName = (report) => Object.fromEntries(report.features.map((f) => [f.name, f]));
describe('mlhealth drift --format json', () => {
    const ks = ['--reference', 'reference.csv', '--method', 'ks', '--columns', 'age,income,score'];
    it('prints the documented shape, with scipy ks_2samp statistic and p-value for --method ks', async () => {
        const report = await (0, harness_1.driftJson)([...ks, '--current', 'current.csv']);
        expect(Object.keys(report).slice(0, 6)).toEqual([
            'reference_rows',
            'current_rows',
            'features',
            'drifted_features',
            'drift_share',
            'dataset_drifted',
        ]);
        expect([report.reference_rows, report.current_rows]).toEqual([240, 180]);
        expect(report.features.map((f) => f.name)).toEqual(['age', 'income', 'score']);
        for (const f of report.features) {
            expect(Object.keys(f).slice(0, 9)).toEqual([
                'name',
                'type',
                'method',
                'statistic',
                'p_value',
                'threshold',
                'drifted',
                'missing_ratio_reference',
                'missing_ratio_current',
            ]);
            expect([f.type, f.method, f.threshold, f.error]).toEqual(['numeric', 'ks', 0.05, null]);
            relClose(f.statistic, expected.ks[f.name].statistic);
            absClose(f.p_value, expected.ks[f.name].p_value);
            expect(f.drifted).toBe(expected.ks[f.name].p_value < 0.05);
            expect(f.missing_ratio_reference).toBeCloseTo(expected.missing[f.name].reference, 12);
            expect(f.missing_ratio_current).toBeCloseTo(expected.missing[f.name].current, 12);
        }
        expect(report.drifted_features).toBe(1);
        expect(report.drift_share).toBeCloseTo(1 / 3, 12);
        expect(report.dataset_drifted).toBe(false);
    });
    it('reads JSON Lines (null and absent keys missing) to the same result as the CSV', async () => {
        const fromCsv = await (0, harness_1.driftJson)([...ks, '--current', 'current.csv']);
        const fromJsonl = await (0, harness_1.driftJson)([...ks, '--current', 'current.jsonl']);
        expect(fromJsonl.features).toEqual(fromCsv.features);
    });
    it('applies Benjamini-Hochberg and Bonferroni before comparing with the threshold, showing both p-values', async () => {
        for (const [correction, want] of [
            ['bh', expected.ks_bh],
            ['bonferroni', expected.ks_bonferroni],
        ]) {
            const report = await (0, harness_1.driftJson)([...ks, '--current', 'current.csv', '--correction', correction]);
            report.features.forEach((f, i) => {
                absClose(f.p_value, want[i]);
                absClose(f.p_value_unadjusted, expected.ks[f.name].p_value);
                expect(f.drifted).toBe(want[i] < 0.05);
            });
        }
    });
    it('gives scipy chi2_contingency for --method chisquare on categorical columns, quotes and all', async () => {
        const report = await (0, harness_1.driftJson)([
            '--reference',
            'reference.csv',
            '--current',
            'current.csv',
            '--method',
            'chisquare',
            '--columns',
            'city,flag',
            '--types',
            'flag=categorical',
        ]);
        for (const f of report.features) {
            expect([f.type, f.method]).toEqual(['categorical', 'chisquare']);
            relClose(f.statistic, expected.chi2[f.name].statistic);
            absClose(f.p_value, expected.chi2[f.name].p_value);
        }
    });
    it('infers types (0/1 text is binary) and picks a method per feature with --method auto', async () => {
        const report = await (0, harness_1.driftJson)(['--reference', 'reference.csv', '--current', 'current.csv']);
        const f = byName(report);
        expect([f.age.type, f.income.type, f.score.type, f.city.type, f.flag.type]).toEqual([
            'numeric',
            'numeric',
            'numeric',
            'categorical',
            'binary',
        ]);
        for (const feature of report.features) {
            expect(feature.error).toBeNull();
            expect(typeof feature.statistic).toBe('number');
            expect(typeof feature.drifted).toBe('boolean');
        }
    });
    it('reports a method that does not fit a column per feature instead of failing', async () => {
        const report = await (0, harness_1.driftJson)([
            '--reference',
            'reference.csv',
            '--current',
            'current.csv',
            '--method',
            'ks',
            '--columns',
            'age,city',
        ]);
        const { city, age } = byName(report);
        expect(city.drifted).toBeNull();
        expect(city.error).toMatch(/ks/);
        expect(age.error).toBeNull();
        expect(report.drift_share).toBe(1);
    });
});
//# sourceMappingURL=drift.test.js.map