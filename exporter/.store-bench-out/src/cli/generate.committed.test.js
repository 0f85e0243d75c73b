"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The committed outputs of the example specs match what the specs generate: `mlhealth generate
 * --check` over each (see exporter/examples/generated/README.md to regenerate).
 */
const node_path_1 = require("node:path");
const main_1 = require("./main");
const ROOT = (0, node_path_1.resolve)(__dirname, '../../..');
const COMMITTED = [
    ['exporter/examples/demo.yaml', '.', []],
    ['exporter/examples/realistic.yaml', 'exporter/examples/generated/realistic', ['--prometheus-operator']],
];
describe('committed generated outputs', () => {
    it.each(COMMITTED)('%s → %s matches its spec', async (spec, out, flags) => {
        let stdout = '';
        const io = { stdout: (t) => (stdout += t), stderr: (t) => (stdout += t), cwd: ROOT, env: {} };
        const code = await (0, main_1.runCli)(['generate', spec, '--out', out, ...flags, '--check'], io);
        expect(stdout).toMatch(/files in .* match/);
        expect(code).toBe(0);
    });
});
//# sourceMappingURL=generate.committed.test.js.map