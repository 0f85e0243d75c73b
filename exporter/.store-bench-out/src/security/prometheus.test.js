"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * A real Prometheus scrapes an https endpoint guarded by our web-config (basic auth + TLS, CA file):
 * the target is up with the right password and down (401) with a wrong one, and the hostile label
 * values it exposes arrive in Prometheus unchanged, one series each, nothing injected.
 */
const express_1 = __importDefault(require("express"));
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const bcryptjs_1 = require("bcryptjs");
const prom_client_1 = require("prom-client");
const listenHttps_1 = require("./listenHttps");
const limits_1 = require("./limits");
const setup_1 = require("./setup");
const certs_1 = require("./testing/certs");
const nastyLabels_1 = require("./testing/nastyLabels");
const prometheus_1 = require("./testing/prometheus");
const promtool_1 = require("./testing/promtool");
const PASSWORD = 'scrape-password-0123';
let certs;
let dir;
let exporter;
let prometheus;
beforeAll(async () => {
    certs = (0, certs_1.makeTestCerts)();
    dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-sec-'));
    const webConfig = (0, node_path_1.join)(dir, 'web.yml');
    (0, node_fs_1.writeFileSync)(webConfig, `tls_server_config:\n  cert_file: ${certs.certFile}\n  key_file: ${certs.keyFile}\nbasic_auth_users:\n  prometheus: ${(0, bcryptjs_1.hashSync)(PASSWORD, 10)}\n`);
    expect((0, promtool_1.promtool)(['check', 'web-config', webConfig]).code).toBe(0);
    const security = (0, setup_1.buildSecurity)({ webConfigFile: webConfig, insecure: false, rateLimit: null, limits: limits_1.DEFAULT_RESOURCE_LIMITS }, 1024, {
        env: {},
        readFile: (p) => (0, node_fs_1.readFileSync)(p, 'utf8'),
        clock: () => Date.now() / 1000,
    });
    const registry = new prom_client_1.Registry();
    const gauge = new prom_client_1.Gauge({
        name: 'mlhealth_feature_missing_ratio',
        help: 'Missing ratio.',
        labelNames: ['model', 'feature'],
        registers: [registry],
    });
    nastyLabels_1.NASTY_LABEL_VALUES.forEach((v, i) => gauge.set({ model: 'fraud', feature: v }, i / 100));
    const app = (0, express_1.default)();
    app.use(...security.middlewares);
    app.get('/metrics', async (_req, res) => {
        res.set('Content-Type', registry.contentType).send(await registry.metrics());
    });
    exporter = await (0, listenHttps_1.listenHttps)(security.createServer?.(app), '127.0.0.1', 0);
    const target = exporter.url.replace('https://', '');
    prometheus = await (0, prometheus_1.startTestPrometheus)((promDir) => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(promDir, 'right'), PASSWORD);
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(promDir, 'wrong'), 'not-the-password');
        const job = (name, passwordFile) => `  - job_name: ${name}\n    scheme: https\n    basic_auth:\n      username: prometheus\n      password_file: ${(0, node_path_1.join)(promDir, passwordFile)}\n` +
            `    tls_config:\n      ca_file: ${certs.caFile}\n    static_configs:\n      - targets: ['${target}']\n`;
        return job('secured', 'right') + job('wrong_password', 'wrong');
    });
}, 60_000);
afterAll(async () => {
    await prometheus?.stop();
    await exporter?.close();
    certs?.remove();
    (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
});
async function targets() {
    const body = (await (await fetch(`${prometheus.url}/api/v1/targets`)).json());
    return body.data.activeTargets;
}
test('Prometheus scrapes with basic_auth over TLS: up with the password, down (401) without it', async () => {
    const settled = await (0, prometheus_1.pollUntil)(async () => {
        const all = await targets();
        return all.length === 2 && all.every((t) => t.health !== 'unknown') ? all : null;
    }, 30);
    expect(settled).not.toBeNull();
    const byJob = Object.fromEntries((settled ?? []).map((t) => [t.labels.job, t]));
    expect(byJob.secured).toMatchObject({ health: 'up', lastError: '' });
    expect(byJob.wrong_password.health).toBe('down');
    expect(byJob.wrong_password.lastError).toContain('401');
}, 40_000);
test('hostile label values arrive unchanged, one series each, nothing injected', async () => {
    const series = await (0, prometheus_1.pollUntil)(async () => {
        const url = `${prometheus.url}/api/v1/series?match[]=${encodeURIComponent('{job="secured",__name__=~"mlhealth_.*"}')}`;
        const body = (await (await fetch(url)).json());
        return body.data.length >= nastyLabels_1.NASTY_LABEL_VALUES.length ? body.data : null;
    }, 30);
    expect(series).not.toBeNull();
    const features = (series ?? []).map((s) => s.feature).sort();
    expect(features).toEqual([...nastyLabels_1.NASTY_LABEL_VALUES].sort());
    for (const s of series ?? []) {
        expect(Object.keys(s).sort()).toEqual(['__name__', 'feature', 'instance', 'job', 'model']);
        expect(s).toMatchObject({ __name__: 'mlhealth_feature_missing_ratio', model: 'fraud' });
    }
}, 40_000);
//# sourceMappingURL=prometheus.test.js.map