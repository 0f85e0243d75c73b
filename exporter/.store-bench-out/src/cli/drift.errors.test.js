"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `mlhealth drift` on bad usage and bad input: exit 2 with one line on stderr naming the file, line, row
 * and column; and what is reported per feature instead of failing (no values, too few values).
 */
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const harness_1 = require("./__fixtures__/drift/harness");
let dir;
beforeAll(() => {
    dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-drift-'));
});
afterAll(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
function file(name, content) {
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, name), content);
    return name;
}
/** Runs in the temp dir and expects exit 2 with exactly one stderr line. */
async function failsWith(args) {
    const { code, out, err } = await (0, harness_1.drift)(args, dir);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err.endsWith('\n')).toBe(true);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    return err.trimEnd();
}
describe('mlhealth drift: bad input exits 2 with one line naming where', () => {
    const good = () => file('good.csv', 'a,b\n1,x\n2,y\n3,x\n');
    it('names a missing file', async () => {
        expect(await failsWith(['--reference', good(), '--current', 'nope.csv'])).toBe('mlhealth drift: current nope.csv: the file does not exist');
    });
    it('names an empty file and a header without rows', async () => {
        expect(await failsWith(['--reference', file('empty.csv', ''), '--current', good()])).toBe('mlhealth drift: reference empty.csv: the file is empty');
        expect(await failsWith(['--reference', good(), '--current', file('head.csv', 'a,b\n')])).toBe('mlhealth drift: current head.csv, line 2: the file has a header but no data rows');
    });
    it('names file, line, row and column of a ragged row', async () => {
        const ragged = file('ragged.csv', 'a,b\n1,x\n"2\n2",y\n3\n');
        expect(await failsWith(['--reference', good(), '--current', ragged])).toBe("mlhealth drift: current ragged.csv, line 5 (row 3), column 'b': the row has 1 fields but the header has 2");
    });
    it('names the columns only one file has', async () => {
        const other = file('other.csv', 'a,c,d\n1,2,3\n');
        expect(await failsWith(['--reference', good(), '--current', other])).toBe("mlhealth drift: reference good.csv and current other.csv have different columns (only in the reference: 'b'; " +
            "only in the current: 'c', 'd'); pick common ones with --columns");
    });
    it('accepts different columns when --columns picks common ones', async () => {
        const other = file('other2.csv', 'a,c\n4,2\n5,3\n6,1\n');
        const report = await (0, harness_1.driftJson)(['--reference', good(), '--current', other, '--columns', 'a', '--method', 'ks'], dir);
        expect(report.features.map((f) => f.name)).toEqual(['a']);
    });
    it('names the value, line, row and column of text in a column forced numeric', async () => {
        const text = file('text.csv', 'a,b\n1,x\n2,"Nice, FR"\n');
        expect(await failsWith(['--reference', good(), '--current', text, '--types', 'b=numeric'])).toBe("mlhealth drift: reference good.csv, line 2 (row 1), column 'b': 'x' is not a number (the column is typed numeric)");
    });
    it.each([
        [['--current', 'x.csv'], 'mlhealth drift: --reference PATH is required (see --help)'],
        [
            ['--reference', 'x.csv', '--current', 'y.csv', '--method', 'anova'],
            "mlhealth drift: --method 'anova' is not one of auto, ks, psi, wasserstein, jensenshannon, chisquare, hellinger, z",
        ],
        [
            ['--reference', 'x.csv', '--current', 'y.csv', '--threshold', 'high'],
            "mlhealth drift: --threshold 'high' is not a number > 0",
        ],
        [
            ['--reference', 'x.csv', '--current', 'y.csv', '--method', 'ks', '--threshold', '5'],
            'mlhealth drift: --threshold 5 is not a significance level in (0, 1), which ks compares p-values with',
        ],
        [
            ['--reference', 'x.csv', '--current', 'y.csv', '--bins', '1'],
            "mlhealth drift: --bins '1' is not an integer ≥ 2 and ≤ 10000",
        ],
        [
            ['--reference', 'x.csv', '--current', 'y.csv', '--types', 'a=date'],
            "mlhealth drift: --types a=date: 'date' is not one of numeric, categorical, binary",
        ],
        [
            ['--reference', 'x.csv', '--current', 'y.csv', '--verbose'],
            "mlhealth drift: unknown option '--verbose' (see --help)",
        ],
        [
            ['--reference', 'x.txt', '--current', 'y.csv'],
            "mlhealth drift: reference x.txt: unknown file type '.txt': expected .csv, .jsonl or .ndjson",
        ],
    ])('rejects usage %j', async (args, message) => {
        expect(await failsWith(args)).toBe(message);
    });
    it('rejects --columns naming a column the reference lacks, listing the columns it has', async () => {
        expect(await failsWith(['--reference', good(), '--current', good(), '--columns', 'a,zz'])).toBe("mlhealth drift: reference good.csv, line 1: no column 'zz' (columns: a, b)");
    });
});
describe('mlhealth drift: problems of one feature are reported, not fatal', () => {
    it('reports a column with no usable values, and keeps it out of the drift share', async () => {
        const ref = file('ref-empty-col.csv', 'a,b\n1,\n2,NaN\n3,inf\n4,\n5,\n6,\n');
        const cur = file('cur-empty-col.csv', 'a,b\n1,1\n2,2\n3,3\n4,4\n5,5\n6,6\n');
        const report = await (0, harness_1.driftJson)(['--reference', ref, '--current', cur, '--method', 'ks'], dir);
        const b = report.features[1];
        expect(b).toMatchObject({
            name: 'b',
            drifted: null,
            statistic: null,
            missing_ratio_reference: 1,
            missing_ratio_current: 0,
        });
        expect(b.error).toBe('no usable values in the reference (all 6 rows missing)');
        expect([report.tested_features, report.untested_features]).toEqual([1, 1]);
    });
    it('reports a test that needs more values than the data has, with the reason', async () => {
        // PSI on 10 reference-quantile bins needs at least 10 reference values; this reference has 7.
        const ref = file('ref-few.csv', 'a\n1\n2\n3\n4\n5\n6\n7\n');
        const cur = file('cur-few.csv', 'a\n2\n4\n6\n8\n');
        const report = await (0, harness_1.driftJson)(['--reference', ref, '--current', cur, '--method', 'psi'], dir);
        expect(report.features[0].drifted).toBeNull();
        expect(report.features[0].error).toBe("driftTest: method 'psi' with 10 bins needs at least 10 reference values, got 7");
    });
});
describe('mlhealth drift --fail-on-drift', () => {
    const ks = ['--reference', (0, harness_1.fixture)('reference.csv'), '--current', (0, harness_1.fixture)('current.csv'), '--method', 'ks'];
    it('exits 1 with a one-line reason when the dataset drifted, 0 without the flag', async () => {
        const args = [...ks, '--columns', 'age'];
        expect((await (0, harness_1.drift)(args)).code).toBe(0);
        const failed = await (0, harness_1.drift)([...args, '--fail-on-drift']);
        expect(failed.code).toBe(1);
        expect(failed.err).toBe('mlhealth drift: dataset drifted: 1 of 1 tested features\n');
    });
    it('exits 0 when the dataset did not drift, and 1 when a feature could not be tested', async () => {
        expect((await (0, harness_1.drift)([...ks, '--columns', 'score', '--fail-on-drift'])).code).toBe(0);
        const untested = await (0, harness_1.drift)([...ks, '--columns', 'score,city', '--fail-on-drift']);
        expect(untested.code).toBe(1);
        expect(untested.err).toMatch(/1 feature\(s\) could not be tested/);
    });
    it('lowers the dataset rule with --drift-share', async () => {
        const args = [...ks, '--columns', 'age,income,score', '--fail-on-drift'];
        expect((await (0, harness_1.drift)(args)).code).toBe(0);
        expect((await (0, harness_1.drift)([...args, '--drift-share', '0.3'])).code).toBe(1);
    });
});
//# sourceMappingURL=drift.errors.test.js.map