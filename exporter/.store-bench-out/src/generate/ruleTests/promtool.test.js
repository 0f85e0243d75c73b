"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The generated rules and their generated unit tests, run through the real promtool (Prometheus 2.42):
 * lint clean, config valid, every scenario passing — and a broken rule makes the tests fail, so they
 * are not vacuous.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const exampleSpecs_1 = require("../__fixtures__/exampleSpecs");
const spec_1 = require("../__fixtures__/spec");
const tools_1 = require("../__fixtures__/tools");
const outputs_1 = require("../outputs");
const provisioning_1 = require("../provisioning");
describe.each(exampleSpecs_1.TEST_SPECS)('promtool on the %s', (_name, load) => {
    let dir = '';
    beforeAll(async () => {
        dir = (0, tools_1.writeTemp)((0, outputs_1.generateOutputs)(await load(), { prometheusOperator: false }));
    });
    afterAll(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
    it('lints the rules clean with --lint=all', () => {
        const r = (0, tools_1.runTool)('promtool', ['check', 'rules', '--lint=all', '--lint-fatal', provisioning_1.OUTPUT_PATHS.rules], dir);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
    });
    it('accepts the Prometheus configuration with the rules it loads', () => {
        const r = (0, tools_1.runTool)('promtool', ['check', 'config', provisioning_1.OUTPUT_PATHS.prometheusConfig], dir);
        expect(`${r.stdout}${r.stderr}`).toMatch(/SUCCESS: 1 rule files found/);
        expect(r.status).toBe(0);
    });
    it('passes every generated unit test', () => {
        const r = (0, tools_1.runTool)('promtool', ['test', 'rules', provisioning_1.OUTPUT_PATHS.ruleTests], dir, 120_000);
        expect(`${r.stdout}${r.stderr}`).toContain('SUCCESS');
        expect(r.status).toBe(0);
    }, 130_000);
});
describe('generated rule tests catch broken rules', () => {
    const files = (0, outputs_1.generateOutputs)((0, spec_1.fixtureSpec)(), { prometheusOperator: false });
    const rules = files.find((f) => f.path === provisioning_1.OUTPUT_PATHS.rules)?.content ?? '';
    it.each([
        ['a shorter for', (r) => r.replace(/for: 1m\n/, 'for: 30s\n')],
        [
            'a shorter keep_firing_for',
            (r) => r.replaceAll('keep_firing_for: 1m30s', 'keep_firing_for: 1m'),
        ],
        ['a no-data alert that ignores the unknown status', (r) => r.replace('} == 3\n', '} == 4\n')],
        ['a wrong top contributor text', (r) => r.replace('of the deficit', 'of the gap')],
        ['a burn alert that never fires', (r) => r.replace('> (14.4 * 0.005)', '> (14.4 * 1000)')],
        ['a stale threshold too far away', (r) => r.replace(/ > 90\n/, ' > 900\n')],
    ])('fails with %s', (_what, mutate) => {
        const broken = mutate(rules);
        expect(broken).not.toBe(rules);
        const dir = (0, tools_1.writeTemp)(files);
        try {
            (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, provisioning_1.OUTPUT_PATHS.rules), broken);
            expect((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, provisioning_1.OUTPUT_PATHS.rules), 'utf8')).toBe(broken);
            const r = (0, tools_1.runTool)('promtool', ['test', 'rules', provisioning_1.OUTPUT_PATHS.ruleTests], dir);
            expect(r.status).toBe(1);
            expect(`${r.stdout}${r.stderr}`).toContain('FAILED');
        }
        finally {
            (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=promtool.test.js.map