"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** `mlhealth drift` for people: the aligned text table and the Markdown table. */
const harness_1 = require("./__fixtures__/drift/harness");
const driftFormat_1 = require("./driftFormat");
const args = [
    '--reference',
    (0, harness_1.fixture)('reference.csv'),
    '--current',
    (0, harness_1.fixture)('current.csv'),
    '--method',
    'ks',
    '--columns',
    'age,score,city',
];
describe('mlhealth drift --format table', () => {
    it('prints a title, an aligned table with drift as a word, the verdict and why a feature was not tested', async () => {
        const { code, out } = await (0, harness_1.drift)(args);
        expect(code).toBe(0);
        const lines = out.split('\n');
        expect(lines[0]).toBe(`Drift check: reference ${(0, harness_1.fixture)('reference.csv')} (240 rows) vs current ${(0, harness_1.fixture)('current.csv')} (180 rows)`);
        const header = lines[2];
        expect(header).toMatch(/^feature +type +method +statistic +p-value +threshold +missing ref +missing cur +result$/);
        expect(lines[3]).toMatch(/^-+( +-+){8}$/);
        const rows = lines.slice(4, 7);
        // Right-aligned numbers end where their heading ends; left-aligned text starts where its heading starts.
        for (const row of rows) {
            expect(row.indexOf(' numeric') + 1 || row.indexOf(' categorical') + 1).toBe(header.indexOf('type'));
            expect(row.length).toBeGreaterThan(header.indexOf('result'));
        }
        expect(rows[0]).toMatch(/^age +numeric +ks +0\.2039 +0\.000432 +0\.05 +2\.9% +4\.4% +DRIFTED$/);
        expect(rows[1]).toMatch(/ no drift$/);
        expect(rows[2]).toMatch(/^city +categorical +ks +- +- +0\.05 +2\.9% +4\.4% +NOT TESTED$/);
        expect(out).toContain('1 of 2 tested features drifted (50.0%), 1 not tested; dataset drift: YES (when at least 50.0% of tested features drift)');
        expect(out).toMatch(/not tested: city: driftTest: .*/);
    });
});
describe('mlhealth drift --format markdown', () => {
    it('prints a GitHub table with numbers right-aligned and drift in bold words', async () => {
        const { code, out } = await (0, harness_1.drift)([...args, '--format', 'markdown', '--correction', 'bh']);
        expect(code).toBe(0);
        const lines = out.split('\n');
        expect(lines[0]).toMatch(/^### Drift check: reference .*reference\.csv \(240 rows\) vs current .*current\.csv \(180 rows\)$/);
        expect(lines[2]).toBe('| feature | type | method | statistic | p-value | threshold | missing ref | missing cur | result |');
        expect(lines[3]).toBe('| --- | --- | --- | --: | --: | --: | --: | --: | --- |');
        expect(lines[4]).toMatch(/^\| age \| numeric \| ks \| 0\.2039 \| 0\.000864 \| 0\.05 \| 2\.9% \| 4\.4% \| \*\*DRIFTED\*\* \|$/);
        expect(out).toContain('p-values are Benjamini-Hochberg adjusted over 2 tests before comparing with the threshold');
    });
});
describe('number formatting', () => {
    it('keeps four significant digits and switches to exponents for tiny values', () => {
        expect([
            (0, driftFormat_1.formatNumber)(0.123456),
            (0, driftFormat_1.formatNumber)(12345.6),
            (0, driftFormat_1.formatNumber)(0.00001234),
            (0, driftFormat_1.formatNumber)(0),
        ]).toEqual(['0.1235', '12350', '1.23e-5', '0']);
        expect([
            (0, driftFormat_1.formatPValue)(0.0004320470008),
            (0, driftFormat_1.formatPValue)(0.51238),
            (0, driftFormat_1.formatPValue)(3.2e-12),
            (0, driftFormat_1.formatPValue)(0),
        ]).toEqual(['0.000432', '0.512', '3.20e-12', '<1e-300']);
    });
});
describe('mlhealth drift --help', () => {
    it('prints the options and exit codes on stdout and exits 0', async () => {
        const { code, out, err } = await (0, harness_1.drift)(['--help']);
        expect({ code, err }).toEqual({ code: 0, err: '' });
        expect(out).toMatch(/^usage: mlhealth drift --reference REF --current CUR \[options\]/);
        for (const option of [
            '--method',
            '--threshold',
            '--correction',
            '--columns',
            '--types',
            '--bins',
            '--drift-share',
            '--format',
            '--fail-on-drift',
        ]) {
            expect(out).toContain(option);
        }
        expect(out).toContain('exit codes: 0 done, 1 drift found (with --fail-on-drift), 2 bad usage or bad input');
    });
});
//# sourceMappingURL=drift.format.test.js.map