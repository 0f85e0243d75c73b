"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
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
describe('mlhealth validate', () => {
    let dir;
    beforeEach(() => {
        dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-validate-'));
    });
    afterEach(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
    it.each(['demo.yaml', 'realistic.yaml'])('exits 0 on examples/%s with a one-line summary', async (name) => {
        const c = capture(specs_1.EXAMPLES_DIR);
        expect(await (0, main_1.runCli)(['validate', name], c.io)).toBe(0);
        // The demo spec belongs to the demo; only its shape is pinned here.
        expect(c.out()).toMatch(/^valid: \S+ \S+ \(sha256 [0-9a-f]{12}\): \d+ models, \d+ nodes \(\d+ base, \d+ component, \d+ business\), \d+ edges, \d+ warnings?\n$/);
    });
    it('exits 0 and prints warnings before the summary when the spec is valid with warnings', async () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'spec.yaml'), specs_1.MINIMAL.replace('nodes:', 'defaults: { max_children: 1 }\nnodes:'));
        const c = capture(dir);
        expect(await (0, main_1.runCli)(['validate', 'spec.yaml'], c.io)).toBe(0);
        const lines = c.out().trimEnd().split('\n');
        expect(lines[0]).toMatch(/^spec\.yaml:\d+:\d+: warning: nodes\[2\]\.children: 2 children, more than defaults\.max_children \(1\)/);
        expect(lines[1]).toMatch(/^valid: mini 1\.0\.0 .*: 1 model, 4 nodes \(2 base, 1 component, 1 business\), 3 edges, 1 warning$/);
    });
    it('exits 1 listing every error as file:line:col: error: path: message', async () => {
        const text = specs_1.MINIMAL.replace('feature: x,', 'feature: y,').replace('rollup: { rule: worst_of }\n  - id: outcome', 'rollup: { rule: sometimes }\n  - id: outcome');
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'bad.yaml'), text);
        const c = capture(dir);
        expect(await (0, main_1.runCli)(['validate', 'bad.yaml'], c.io)).toBe(1);
        const y = (0, specs_1.positionOf)(text, 'y,');
        const rule = (0, specs_1.positionOf)(text, 'sometimes');
        expect(c.out()).toBe(`bad.yaml:${y.line}:${y.column}: error: nodes[0].signal.feature: model 'm' declares no feature 'y' (features: x, c)\n` +
            `bad.yaml:${rule.line}:${rule.column}: error: nodes[2].rollup.rule: must be one of: worst_of, weighted_mean, k_of_n (found "sometimes")\n` +
            'invalid: 2 errors, 0 warnings\n');
    });
    it('--format json gives the same issues as data', async () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'bad.yaml'), specs_1.MINIMAL.replace('critical: 0.25', 'critical: 0.01'));
        const c = capture(dir);
        expect(await (0, main_1.runCli)(['validate', 'bad.yaml', '--format', 'json'], c.io)).toBe(1);
        const report = JSON.parse(c.out());
        expect(report.valid).toBe(false);
        expect(report.errors).toEqual([
            expect.objectContaining({ path: 'nodes[0].thresholds.warning', severity: 'error', file: 'bad.yaml' }),
        ]);
        const ok = capture(specs_1.EXAMPLES_DIR);
        expect(await (0, main_1.runCli)(['validate', 'realistic.yaml', '--format', 'json'], ok.io)).toBe(0);
        expect(JSON.parse(ok.out())).toMatchObject({
            valid: true,
            errors: [],
            summary: { models: 2, nodes: { component: 10, business: 3 } },
        });
    });
    it('exits 2 for usage errors and unreadable files', async () => {
        const cases = [
            [['validate'], /expected one SPEC file, got none/],
            [['validate', 'a.yaml', 'b.yaml'], /expected one SPEC file, got a.yaml b.yaml/],
            [['validate', 'spec.yaml', '--format', 'xml'], /--format 'xml' is not one of text, json/],
            [['validate', 'spec.yaml', '--strict'], /unknown option '--strict'/],
            [['validate', 'missing.yaml'], /cannot read spec file 'missing.yaml'/],
        ];
        for (const [argv, message] of cases) {
            const c = capture(dir);
            expect(await (0, main_1.runCli)(argv, c.io)).toBe(2);
            expect(c.err()).toMatch(message);
        }
    });
    it('prints its help with exit 0', async () => {
        const c = capture(dir);
        expect(await (0, main_1.runCli)(['validate', '--help'], c.io)).toBe(0);
        expect(c.out()).toContain('usage: mlhealth validate SPEC [--format text|json]');
    });
});
//# sourceMappingURL=validate.test.js.map