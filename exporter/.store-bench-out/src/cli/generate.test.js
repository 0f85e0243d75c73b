"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const main_1 = require("./main");
const DEMO = (0, node_path_1.resolve)(__dirname, '../../examples/demo.yaml');
function capture(cwd) {
    let out = '';
    let err = '';
    return {
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
        cwd,
        env: {},
        out: () => out,
        err: () => err,
    };
}
describe('mlhealth generate', () => {
    let dir = '';
    beforeEach(() => {
        dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-cli-gen-'));
    });
    afterEach(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
    it('writes every output and then --check finds them up to date', async () => {
        const io = capture(dir);
        expect(await (0, main_1.runCli)(['generate', DEMO, '--out', 'out', '--prometheus-operator'], io)).toBe(0);
        expect(io.out()).toBe('wrote 11 files to out\n');
        expect((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'out/provisioning/prometheus/rules/mlhealth.rules.yml'), 'utf8')).toContain('alert: MlhealthNodeCritical');
        const check = capture(dir);
        expect(await (0, main_1.runCli)(['generate', DEMO, '--out', 'out', '--prometheus-operator', '--check'], check)).toBe(0);
        expect(check.out()).toContain('11 files in out match');
    });
    it('--check exits 1 and lists changed and missing files', async () => {
        const io = capture(dir);
        await (0, main_1.runCli)(['generate', DEMO, '--out', 'out'], io);
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'out/provisioning/alertmanager/alertmanager.yml'), 'edited by hand\n');
        (0, node_fs_1.rmSync)((0, node_path_1.join)(dir, 'out/docs/metrics-catalogue.md'));
        const check = capture(dir);
        expect(await (0, main_1.runCli)(['generate', DEMO, '--out', 'out', '--check'], check)).toBe(1);
        expect(check.out()).toContain('2 of 10 files in out differ');
        expect(check.out()).toContain('  docs/metrics-catalogue.md (missing)\n  provisioning/alertmanager/alertmanager.yml\n');
    });
    it('applies deploy options to the Prometheus configuration', async () => {
        const io = capture(dir);
        await (0, main_1.runCli)(['generate', DEMO, '--out', 'out', '--exporter-target', '10.1.2.3:9853', '--environment', 'production'], io);
        const config = (0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'out/provisioning/prometheus/prometheus.yml'), 'utf8');
        expect(config).toContain('- 10.1.2.3:9853');
        expect(config).toContain('environment: production');
    });
    it.each([
        [['generate', '--out', 'out'], 'mlhealth generate: expected one SPEC file, got none\n'],
        [['generate', DEMO], 'mlhealth generate: --out DIR is required\n'],
        [
            ['generate', DEMO, '--out', 'out', '--bogus'],
            "mlhealth generate: unknown option '--bogus' (see --help)\n",
        ],
        [
            ['generate', DEMO, '--out', 'out', '--environment', ' '],
            'mlhealth generate: --environment must not be empty\n',
        ],
        [['generate', 'nope.yaml', '--out', 'out'], /^mlhealth generate: cannot read spec file '.*nope\.yaml'/],
    ])('exits 2 on %j', async (argv, message) => {
        const io = capture(dir);
        expect(await (0, main_1.runCli)(argv, io)).toBe(2);
        expect(io.err()).toMatch(message);
    });
    it('exits 2 on an invalid spec, listing its problems with file and line', async () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'bad.yaml'), 'api_version: mlhealth/v1\nname: x\n');
        const io = capture(dir);
        expect(await (0, main_1.runCli)(['generate', 'bad.yaml', '--out', 'out'], io)).toBe(2);
        expect(io.err()).toMatch(/^bad\.yaml:\d+:\d+: error/m);
        expect(io.err()).toMatch(/mlhealth generate: bad\.yaml is not a valid spec \(\d+ errors?\)\n$/);
    });
    it('exits 2 naming the node when the spec cannot be rendered', async () => {
        const text = (0, node_fs_1.readFileSync)(DEMO, 'utf8').replace('latency_below: 0.1 }', 'latency_below: 0.11 }');
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'spec.yaml'), text);
        (0, node_fs_1.mkdirSync)((0, node_path_1.join)(dir, 'data'));
        for (const f of ['demo-fraud-reference.csv', 'demo-recs-reference.csv']) {
            (0, node_fs_1.copyFileSync)((0, node_path_1.resolve)(DEMO, '../data', f), (0, node_path_1.join)(dir, 'data', f));
        }
        const io = capture(dir);
        const code = await (0, main_1.runCli)(['generate', 'spec.yaml', '--out', 'out'], io);
        expect(io.err()).toContain('fraud.serving.latency_p99');
        expect(code).toBe(2);
    });
    it('prints its usage with --help', async () => {
        const io = capture(dir);
        expect(await (0, main_1.runCli)(['generate', '--help'], io)).toBe(0);
        expect(io.out()).toMatch(/^usage: mlhealth generate SPEC --out DIR/);
    });
});
//# sourceMappingURL=generate.test.js.map