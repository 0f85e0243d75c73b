"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `mlhealth audit` without Prometheus and its usage errors; the run against a real Prometheus is in
 * `audit/prometheus.test.ts`.
 */
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const main_1 = require("./main");
const EXAMPLES = (0, node_path_1.join)(__dirname, '..', '..', 'examples');
let dir;
beforeAll(() => {
    dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-audit-'));
});
afterAll(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
async function cli(args) {
    const out = [];
    const err = [];
    const code = await (0, main_1.runCli)(args, {
        stdout: (t) => out.push(t),
        stderr: (t) => err.push(t),
        cwd: EXAMPLES,
        env: {},
    });
    return { code, stdout: out.join(''), stderr: err.join('') };
}
describe('mlhealth audit', () => {
    it('writes audit.md and audit.json, saying which sections need Prometheus', async () => {
        const out = (0, node_path_1.join)(dir, 'report');
        const r = await cli(['audit', 'realistic.yaml', '--since', '7d', '--now', '2025-03-08', '--out', out]);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(`wrote ${(0, node_path_1.join)(out, 'audit.md')} and ${(0, node_path_1.join)(out, 'audit.json')} (41 nodes)\n` +
            'without --prometheus: unknown/stale time, uptime and spec versions are not in the report\n');
        const json = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(out, 'audit.json'), 'utf8'));
        expect(json.period).toEqual({ start: 1740787200, end: 1741392000, seconds: 604800 });
        expect(json.spec).toMatchObject({
            name: 'payments-and-discovery',
            version: '2.3.1',
            file: 'realistic.yaml',
        });
        expect(json.spec.sha256).toMatch(/^[0-9a-f]{64}$/);
        expect(json.availability).toMatchObject({
            available: false,
            queries: ['mlhealth_node_status', 'mlhealth_node_last_update_timestamp_seconds'],
        });
        const md = (0, node_fs_1.readFileSync)((0, node_path_1.join)(out, 'audit.md'), 'utf8');
        expect(md.startsWith('# Audit: payments-and-discovery 2.3.1\n')).toBe(true);
        expect(md).toContain('| period | 2025-03-01T00:00:00Z → 2025-03-08T00:00:00Z (7d) |');
        expect(md).toContain('`avg_over_time(up{job="mlhealth"}[7d])`');
        expect(md).toContain('### `fraud.drift.amount` — Amount drift (PSI)');
    });
    it.each([
        [['--since', 'a month'], "--since 'a month' is not a duration such as 30d, 12h or 90m"],
        [['--since', '0'], "--since '0' must be at least 1s"],
        [['--prometheus', 'prometheus:9090'], "--prometheus 'prometheus:9090' is not an http(s) URL"],
        [['--job', ''], '--job must not be empty'],
        [['--verbose'], "unknown option '--verbose'"],
    ])('refuses %j with exit 2', async (args, message) => {
        const r = await cli(['audit', 'realistic.yaml', ...args, '--out', (0, node_path_1.join)(dir, 'never')]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(message);
    });
    it('prints its usage on --help', async () => {
        const r = await cli(['audit', '-h']);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('usage: mlhealth audit SPEC [options]');
    });
});
//# sourceMappingURL=audit.test.js.map