"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The generated Alertmanager configuration through the real amtool (0.25): valid, and every
 * escalation path of the spec resolves to exactly the receivers the spec names.
 */
const node_fs_1 = require("node:fs");
const exampleSpecs_1 = require("../__fixtures__/exampleSpecs");
const tools_1 = require("../__fixtures__/tools");
const outputs_1 = require("../outputs");
const provisioning_1 = require("../provisioning");
const routeCases_1 = require("./routeCases");
describe.each(exampleSpecs_1.TEST_SPECS)('amtool on the %s', (_name, load) => {
    let dir = '';
    let spec;
    beforeAll(async () => {
        spec = await load();
        const files = (0, outputs_1.generateOutputs)(spec, { prometheusOperator: false });
        dir = (0, tools_1.writeTemp)(files.map((f) => f.path === provisioning_1.OUTPUT_PATHS.alertmanager ? { ...f, content: (0, exampleSpecs_1.forAlertmanager025)(f.content) } : f));
    });
    afterAll(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
    it('accepts the configuration', () => {
        const r = (0, tools_1.runTool)('amtool', ['check-config', provisioning_1.OUTPUT_PATHS.alertmanager], dir);
        expect(r.stdout).toContain('SUCCESS');
        expect(r.status).toBe(0);
    });
    it('routes every escalation path to the receivers the spec names', () => {
        const cases = (0, routeCases_1.escalationRouteCases)(spec);
        expect(cases.length).toBeGreaterThanOrEqual(2 * spec.escalation_policies.length);
        for (const c of cases) {
            const labels = Object.entries(c.labels).map(([k, v]) => `${k}=${v}`);
            const args = [
                'config',
                'routes',
                'test',
                `--config.file=${provisioning_1.OUTPUT_PATHS.alertmanager}`,
                `--verify.receivers=${c.receivers.join(',')}`,
                ...labels,
            ];
            const r = (0, tools_1.runTool)('amtool', args, dir);
            expect({ case: c.description, status: r.status, out: r.stdout.trim() }).toEqual({
                case: c.description,
                status: 0,
                out: c.receivers.join(','),
            });
        }
    });
    it('fails verification when the expected receiver is wrong (amtool exits 1)', () => {
        const c = (0, routeCases_1.escalationRouteCases)(spec)[1];
        const labels = Object.entries(c.labels).map(([k, v]) => `${k}=${v}`);
        const r = (0, tools_1.runTool)('amtool', [
            'config',
            'routes',
            'test',
            `--config.file=${provisioning_1.OUTPUT_PATHS.alertmanager}`,
            '--verify.receivers=nobody',
            ...labels,
        ], dir);
        expect(r.status).toBe(1);
    });
});
//# sourceMappingURL=amtool.test.js.map