"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const spec_1 = require("../spec");
const specs_1 = require("../spec/__fixtures__/specs");
const main_1 = require("./main");
function capture(cwd) {
    let out = '';
    let err = '';
    return {
        io: { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env: {} },
        out: () => out,
        err: () => err,
    };
}
const NOW = '2025-04-01T00:00:00Z';
/** A spec with derive-only nodes, one of which (confidence_mean) has no kind defaults. */
const SPEC = `api_version: mlhealth/v1
name: calib
version: 0.3.0
models:
  - id: fraud
    version: '1'
    task: classification
    reference: { file: ref.csv }
    features:
      - { name: amount, type: numeric, range: [0, 50000], drift_method: psi }
      - { name: merchant_category, type: categorical, categories: [grocery, restaurants, fuel, online, electronics, travel] }
nodes:
  # drift of the amount
  - id: fraud.amount
    tier: base
    model: fraud
    signal: { kind: feature_drift, feature: amount }
    thresholds: { derive: { method: reference_chunks } }
  - id: fraud.confidence
    tier: base
    model: fraud
    signal: { kind: confidence_mean }
    thresholds: { baseline: 1, derive: { method: reference_chunks, chunks: 8 } }
  - id: fraud.missing
    tier: base
    model: fraud
    signal: { kind: missing_ratio, feature: merchant_category }
    thresholds: { warning: 0.05, critical: 0.2 }
  - id: fraud.health
    tier: component
    model: fraud
    children: [fraud.amount, fraud.confidence, fraud.missing]
    rollup: { rule: worst_of }
`;
describe('mlhealth calibrate', () => {
    let dir;
    beforeEach(() => {
        dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-calibrate-'));
        (0, node_fs_1.copyFileSync)((0, node_path_1.join)(specs_1.EXAMPLES_DIR, 'data', 'realistic-fraud-reference.csv'), (0, node_path_1.join)(dir, 'ref.csv'));
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'spec.yaml'), SPEC);
    });
    afterEach(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
    it('derives thresholds, records the derivation, bumps the version and writes --out, printing what changed', async () => {
        const c = capture(dir);
        expect(await (0, main_1.runCli)(['calibrate', 'spec.yaml', '--out', 'out.yaml', '--now', NOW], c.io)).toBe(0);
        const out = c.out();
        expect(out).toContain(`thresholds derived from reference chunks at ${NOW}:`);
        expect(out).toMatch(/~ nodes\[0\] fraud\.amount: warning 0\.1 -> [0-9.]+, critical 0\.25 -> [0-9.]+ {2}\(10 chunks: mean [0-9.]+, std [0-9.]+; k 3, critical_k 5\)/);
        expect(out).toMatch(/~ nodes\[1\] fraud\.confidence: warning \(none\) -> 0\.8\d+, critical \(none\) -> 0\.8\d+ {2}\(8 chunks/);
        expect(out).toContain('~ version: 0.3.0 -> 0.3.1');
        expect(out).toContain('calibrate: wrote out.yaml (version 0.3.0 -> 0.3.1)');
        expect((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'spec.yaml'), 'utf8')).toBe(SPEC);
        const written = (0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'out.yaml'), 'utf8');
        expect(written).toContain('# drift of the amount');
        const { spec, warnings } = (0, spec_1.parseSpec)(written, 'out.yaml');
        expect(warnings).toEqual([]);
        expect(spec.version).toBe('0.3.1');
        const [amount, confidence, missing] = spec.nodes;
        expect(amount?.thresholds?.derived).toMatchObject({
            method: 'reference_chunks',
            k: 3,
            critical_k: 5,
            chunks: 10,
            samples: 10,
            at: Date.parse(NOW) / 1000,
        });
        const d = amount?.thresholds?.derived;
        expect(amount?.thresholds?.warning).toBeCloseTo(d.mean + 3 * d.std, 3);
        expect(confidence?.thresholds?.direction).toBe('lower_is_worse');
        expect(confidence?.thresholds?.warning).toBeGreaterThan(confidence?.thresholds?.critical ?? 1);
        expect(missing?.thresholds).toEqual({ warning: 0.05, critical: 0.2, direction: 'higher_is_worse' });
    });
    it('overwrites SPEC by default, and a second run finds nothing to change', async () => {
        expect(await (0, main_1.runCli)(['calibrate', 'spec.yaml', '--now', NOW], capture(dir).io)).toBe(0);
        const first = (0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'spec.yaml'), 'utf8');
        expect(first).toContain('version: 0.3.1');
        const again = capture(dir);
        expect(await (0, main_1.runCli)(['calibrate', 'spec.yaml', '--now', '2025-05-01T00:00:00Z'], again.io)).toBe(0);
        expect(again.out()).toContain('calibrate: thresholds of 2 node(s) unchanged; nothing written');
        expect((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'spec.yaml'), 'utf8')).toBe(first);
    });
    it('--dry-run prints the summary and writes nothing; --set-version chooses the version', async () => {
        const c = capture(dir);
        expect(await (0, main_1.runCli)(['calibrate', 'spec.yaml', '--dry-run', '--set-version', '1.0.0', '--now', NOW], c.io)).toBe(0);
        expect(c.out()).toContain('~ version: 0.3.0 -> 1.0.0');
        expect(c.out()).toContain('calibrate: --dry-run, nothing written');
        expect((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'spec.yaml'), 'utf8')).toBe(SPEC);
    });
    it('exits 1 and writes nothing when a node cannot be calibrated', async () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'ref.csv'), 'amount,merchant_category\n1,grocery\n2,fuel\n');
        const c = capture(dir);
        expect(await (0, main_1.runCli)(['calibrate', 'spec.yaml', '--now', NOW], c.io)).toBe(1);
        expect(c.out()).toContain('! nodes[0] fraud.amount: the reference has 2 rows: 10 chunks would hold fewer than 10 rows each');
        expect(c.out()).toContain('calibrate: some nodes could not be calibrated; nothing written');
        expect((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'spec.yaml'), 'utf8')).toBe(SPEC);
    });
    it('exits 1 on an invalid spec, listing its errors', async () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'spec.yaml'), SPEC.replace('feature: amount }', 'feature: amont }'));
        const c = capture(dir);
        expect(await (0, main_1.runCli)(['calibrate', 'spec.yaml', '--now', NOW], c.io)).toBe(1);
        expect(c.out()).toMatch(/spec\.yaml:\d+:\d+: error: nodes\[0\]\.signal\.feature: model 'fraud' declares no feature 'amont'/);
    });
    it('exits 0 without writing when no node derives from reference files', async () => {
        (0, node_fs_1.mkdirSync)((0, node_path_1.join)(dir, 'plain'));
        const plain = SPEC.replace(/thresholds: \{ derive: \{ method: reference_chunks \} \}/, 'thresholds: { warning: 0.1, critical: 0.2 }').replace('thresholds: { baseline: 1, derive: { method: reference_chunks, chunks: 8 } }', 'thresholds: { warning: 0.8, critical: 0.7 }');
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'plain', 'spec.yaml'), plain);
        (0, node_fs_1.copyFileSync)((0, node_path_1.join)(dir, 'ref.csv'), (0, node_path_1.join)(dir, 'plain', 'ref.csv'));
        const c = capture((0, node_path_1.join)(dir, 'plain'));
        expect(await (0, main_1.runCli)(['calibrate', 'spec.yaml'], c.io)).toBe(0);
        expect(c.out()).toContain('calibrate: nothing to calibrate from reference files; nothing written');
    });
    it('exits 2 for usage errors', async () => {
        for (const [argv, message] of [
            [['calibrate'], /expected one SPEC file/],
            [['calibrate', 'spec.yaml', '--now', 'tomorrow'], /--now 'tomorrow' is not an ISO-8601 time/],
            [['calibrate', 'nope.yaml'], /cannot read spec file 'nope.yaml'/],
        ]) {
            const c = capture(dir);
            expect(await (0, main_1.runCli)(argv, c.io)).toBe(2);
            expect(c.err()).toMatch(message);
        }
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'spec.yaml'), SPEC.replace('version: 0.3.0', "version: 'spring'"));
        const c = capture(dir);
        expect(await (0, main_1.runCli)(['calibrate', 'spec.yaml', '--now', NOW], c.io)).toBe(2);
        expect(c.err()).toContain("version 'spring' is neither semver (1.4.2) nor a whole number; pass --set-version");
    });
});
//# sourceMappingURL=calibrate.test.js.map