"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * TLS and basic auth from a web-config file, assembled by `buildSecurity` and served by a real https
 * server on 127.0.0.1:0: promtool accepts the file; no, wrong or unknown credentials are 401, the
 * right ones 200; plain HTTP and untrusting clients fail; client certificates when required.
 */
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const bcryptjs_1 = require("bcryptjs");
const listenHttps_1 = require("./listenHttps");
const limits_1 = require("./limits");
const setup_1 = require("./setup");
const bareApp_1 = require("./testing/bareApp");
const certs_1 = require("./testing/certs");
const promtool_1 = require("./testing/promtool");
const request_1 = require("./testing/request");
const PASSWORD = 'correct horse battery staple';
let certs;
let dir;
beforeAll(() => {
    certs = (0, certs_1.makeTestCerts)();
    dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-tls-'));
});
afterAll(() => {
    certs.remove();
    (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
});
function webConfig(name, extraTls = '') {
    const file = (0, node_path_1.join)(dir, name);
    (0, node_fs_1.writeFileSync)(file, `tls_server_config:\n  cert_file: ${certs.certFile}\n  key_file: ${certs.keyFile}\n${extraTls}` +
        `http_server_config:\n  headers:\n    X-Content-Type-Options: nosniff\n` +
        `basic_auth_users:\n  prometheus: ${(0, bcryptjs_1.hashSync)(PASSWORD, 10)}\n`);
    return file;
}
async function serve(file) {
    const security = (0, setup_1.buildSecurity)({ webConfigFile: file, insecure: false, rateLimit: null, limits: limits_1.DEFAULT_RESOURCE_LIMITS }, 4096, {
        env: {},
        readFile: (p) => (0, node_fs_1.readFileSync)(p, 'utf8'),
        clock: () => Date.now() / 1000,
    });
    const bare = (0, bareApp_1.bareApp)(security.middlewares);
    const server = security.createServer?.(bare.app);
    return { security, listening: await (0, listenHttps_1.listenHttps)(server, '127.0.0.1', 0), calls: bare.calls };
}
describe('basic auth over TLS', () => {
    let running;
    let file;
    const ca = () => certs.read(certs.caFile);
    beforeAll(async () => {
        file = webConfig('web.yml');
        running = await serve(file);
    });
    afterAll(() => running.listening.close());
    test('promtool check web-config accepts the file', () => {
        expect((0, promtool_1.promtool)(['check', 'web-config', file])).toEqual({ code: 0, output: `${file} SUCCESS\n` });
    });
    test('the server is https on the bound port', () => {
        expect(running.listening.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    });
    test('no credentials: 401 with Basic and Bearer challenges, handler not run', async () => {
        const res = await (0, request_1.send)(`${running.listening.url}/metrics`, { ca: ca() });
        expect(res.status).toBe(401);
        expect(res.headers['www-authenticate']).toBe('Bearer realm="mlhealth", Basic realm="mlhealth", charset="UTF-8"');
        expect(JSON.parse(res.body)).toEqual({
            error: 'unauthorized',
            details: [{ path: 'Authorization', message: 'GET /metrics needs credentials with scope read' }],
        });
        expect(running.calls).toEqual([]);
    });
    test.each([
        ['a wrong password', (0, request_1.basic)('prometheus', 'wrong')],
        ['an unknown user', (0, request_1.basic)('grafana', PASSWORD)],
        ['a password with the right prefix', (0, request_1.basic)('prometheus', PASSWORD.slice(0, -1))],
    ])('%s: 401', async (_what, headers) => {
        const res = await (0, request_1.send)(`${running.listening.url}/metrics`, { ca: ca(), headers });
        expect(res.status).toBe(401);
        expect(JSON.parse(res.body).details[0].message).toBe('invalid user name or password');
        expect(running.calls).toEqual([]);
    });
    test('the right credentials: 200 on /metrics and the JSON API, with the configured header', async () => {
        const metrics = await (0, request_1.send)(`${running.listening.url}/metrics`, {
            ca: ca(),
            headers: (0, request_1.basic)('prometheus', PASSWORD),
        });
        expect(metrics.status).toBe(200);
        expect(metrics.headers['x-content-type-options']).toBe('nosniff');
        const api = await (0, request_1.send)(`${running.listening.url}/api/v1/cascade`, {
            ca: ca(),
            headers: (0, request_1.basic)('prometheus', PASSWORD),
        });
        expect(api.status).toBe(200);
        expect(running.calls).toHaveLength(2);
    });
    test('health probes need no credentials', async () => {
        expect((await (0, request_1.send)(`${running.listening.url}/healthz`, { ca: ca() })).status).toBe(200);
    });
    test('plain HTTP to the TLS port fails', async () => {
        await expect((0, request_1.send)(running.listening.url.replace('https:', 'http:') + '/metrics', {
            headers: (0, request_1.basic)('prometheus', PASSWORD),
        })).rejects.toThrow();
    });
    test('a client that does not trust the CA fails', async () => {
        await expect((0, request_1.send)(`${running.listening.url}/metrics`, { headers: (0, request_1.basic)('prometheus', PASSWORD) })).rejects.toThrow(/self.signed|unable to (verify|get local issuer)/i);
    });
    test('the describe line names TLS and the user count, no secrets', () => {
        expect(running.security.describe()).toBe('security: tokens none; reads protected; writes token required; TLS on; basic-auth users 1');
    });
});
describe('client certificates (RequireAndVerifyClientCert)', () => {
    let running;
    beforeAll(async () => {
        const file = webConfig('mtls.yml', `  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: ${certs.caFile}\n`);
        expect((0, promtool_1.promtool)(['check', 'web-config', file]).code).toBe(0);
        running = await serve(file);
    });
    afterAll(() => running.listening.close());
    test('with a client certificate signed by the CA: 200', async () => {
        const res = await (0, request_1.send)(`${running.listening.url}/metrics`, {
            ca: certs.read(certs.caFile),
            cert: certs.read(certs.clientCertFile),
            key: certs.read(certs.clientKeyFile),
            headers: (0, request_1.basic)('prometheus', PASSWORD),
        });
        expect(res.status).toBe(200);
    });
    test('without a client certificate the connection is refused', async () => {
        await expect((0, request_1.send)(`${running.listening.url}/metrics`, {
            ca: certs.read(certs.caFile),
            headers: (0, request_1.basic)('prometheus', PASSWORD),
        })).rejects.toThrow();
    });
    test('with a self-signed certificate the CA did not sign, refused', async () => {
        await expect((0, request_1.send)(`${running.listening.url}/metrics`, {
            ca: certs.read(certs.caFile),
            cert: certs.read(certs.strangerCertFile),
            key: certs.read(certs.strangerKeyFile),
            headers: (0, request_1.basic)('prometheus', PASSWORD),
        })).rejects.toThrow();
    });
});
//# sourceMappingURL=tls.test.js.map