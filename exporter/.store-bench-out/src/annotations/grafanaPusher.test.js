"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Pushing to Grafana's HTTP annotations API, against a fake Grafana on 127.0.0.1 that records requests:
 * auth header, body (milliseconds, escaped text), retries with backoff, giving up, and never blocking.
 */
const better_sqlite3_1 = __importDefault(require("better-sqlite3"));
const tempDir_1 = require("../store/__fixtures__/tempDir");
const store_1 = require("../store/store");
const fakeGrafana_1 = require("./__fixtures__/fakeGrafana");
const grafanaPusher_1 = require("./grafanaPusher");
const grafanaTarget_1 = require("./grafanaTarget");
const NOW = 1_700_000_000;
const BASE_MS = 20;
const FAST = {
    baseDelayMs: BASE_MS,
    maxDelayMs: 80,
    timeoutMs: 300,
    idlePollMs: 50,
    maxAttempts: 4,
};
let store;
let grafana;
let pusher;
const note = (text, extra = {}) => ({
    time: NOW,
    text,
    tags: ['deploy'],
    nodes: [],
    source: 'user',
    ...extra,
});
function target(extra = {}) {
    return { url: grafana.url, token: () => 'glsa_secret', ...extra };
}
/** The push columns of an annotation, read with a separate connection after the store is closed. */
function pushState(id) {
    store.close();
    const db = new better_sqlite3_1.default(store.file, { readonly: true });
    const row = db
        .prepare('SELECT grafana_state, grafana_id, grafana_attempts, grafana_error FROM annotations WHERE id = ?')
        .get(id);
    db.close();
    return row;
}
async function until(condition, ms = 5000) {
    const deadline = Date.now() + ms;
    while (!condition()) {
        if (Date.now() > deadline)
            throw new Error('condition not met in time');
        await new Promise((r) => setTimeout(r, 10));
    }
}
beforeEach(() => {
    store = (0, store_1.openStore)((0, tempDir_1.tempDir)());
});
afterEach(async () => {
    await pusher?.stop();
    pusher = undefined;
    await grafana.close();
    store.close();
    (0, tempDir_1.removeTempDirs)();
});
describe('GrafanaPusher', () => {
    it('posts to /api/annotations with the bearer token, milliseconds, tags, placement and escaped text', async () => {
        grafana = await (0, fakeGrafana_1.fakeGrafana)();
        const a = store.addAnnotation(note('<script>alert("x")</script> & more', { timeEnd: NOW + 90, tags: ['<b>tag</b>'] }), NOW, true);
        pusher = new grafanaPusher_1.GrafanaPusher(store, target({ dashboardUid: 'mlhealth-exec', panelId: 4 }), FAST);
        pusher.start();
        await grafana.waitFor(1);
        const [req] = grafana.requests;
        expect(req.method).toBe('POST');
        expect(req.url).toBe('/api/annotations');
        expect(req.headers.authorization).toBe('Bearer glsa_secret');
        expect(req.headers['content-type']).toBe('application/json');
        expect(req.body).toEqual({
            time: NOW * 1000,
            timeEnd: (NOW + 90) * 1000,
            tags: ['&lt;b&gt;tag&lt;/b&gt;'],
            text: '&lt;script&gt;alert("x")&lt;/script&gt; &amp; more',
            dashboardUID: 'mlhealth-exec',
            panelId: 4,
        });
        await until(() => pusher?.stats().pushed === 1);
        await pusher.stop();
        expect(pushState(a.id)).toEqual({
            grafana_state: 'pushed',
            grafana_id: 1001,
            grafana_attempts: 1,
            grafana_error: null,
        });
    });
    it('retries failures with growing delays, then succeeds, in order', async () => {
        grafana = await (0, fakeGrafana_1.fakeGrafana)([503, 500, 200, 200]);
        const first = store.addAnnotation(note('first'), NOW, true);
        store.addAnnotation(note('second'), NOW, true);
        store.addAnnotation(note('local only'), NOW, false);
        pusher = new grafanaPusher_1.GrafanaPusher(store, target(), FAST);
        pusher.start();
        await grafana.waitFor(4);
        expect(grafana.requests.map((r) => r.body.text)).toEqual([
            'first',
            'first',
            'first',
            'second',
        ]);
        const gaps = grafana.requests.slice(1, 3).map((r, i) => r.at - grafana.requests[i].at);
        expect(gaps[0]).toBeGreaterThanOrEqual(BASE_MS - 2);
        expect(gaps[1]).toBeGreaterThanOrEqual(2 * BASE_MS - 2);
        await until(() => pusher?.stats().pushed === 2);
        expect(pusher.stats()).toEqual({ pushed: 2, failed: 0, retried: 2 });
        await pusher.stop();
        expect(pushState(first.id)).toMatchObject({ grafana_state: 'pushed', grafana_attempts: 3 });
    });
    it('gives up after the attempt limit, and at once on a refusal that cannot change, keeping the annotation', async () => {
        grafana = await (0, fakeGrafana_1.fakeGrafana)([400, 503, 503, 503, 503]);
        const refused = store.addAnnotation(note('refused'), NOW, true);
        const unlucky = store.addAnnotation(note('unlucky'), NOW, true);
        const lines = [];
        pusher = new grafanaPusher_1.GrafanaPusher(store, target(), { ...FAST, log: (l) => lines.push(l) });
        pusher.start();
        await grafana.waitFor(5);
        await until(() => pusher?.stats().failed === 2);
        await pusher.stop();
        expect(grafana.requests).toHaveLength(5);
        expect(lines[0]).toBe(`mlhealth: grafana annotation push ${refused.id} failed (attempt 1, giving up): HTTP 400: {"message":"status 400"}`);
        expect(lines[lines.length - 1]).toContain(`push ${unlucky.id} failed (attempt 4, giving up): HTTP 503`);
        const state = pushState(unlucky.id);
        expect(state).toMatchObject({ grafana_state: 'failed', grafana_attempts: 4 });
        store = (0, store_1.openStore)(store.file.replace(/\/mlhealth\.db$/, ''));
        expect(store.getAnnotation(unlucky.id)?.text).toBe('unlucky');
    });
    it('never blocks: a hanging Grafana times out while annotations keep being stored, and pending ones survive a restart', async () => {
        grafana = await (0, fakeGrafana_1.fakeGrafana)(['hang', 'hang', 'hang', 'hang']);
        pusher = new grafanaPusher_1.GrafanaPusher(store, target(), { ...FAST, timeoutMs: 100, maxAttempts: 100 });
        pusher.start();
        store.addAnnotation(note('while grafana hangs'), NOW, true);
        pusher.notify();
        await grafana.waitFor(2);
        const started = process.hrtime.bigint();
        for (let i = 0; i < 20; i++)
            store.addAnnotation(note(`more ${i}`), NOW, true);
        expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
        await pusher.stop();
        expect(store.pendingGrafanaPushes(100)).toHaveLength(21);
        // Restarted against a healthy Grafana: what was pending is pushed.
        const healthy = await (0, fakeGrafana_1.fakeGrafana)();
        pusher = new grafanaPusher_1.GrafanaPusher(store, { url: healthy.url, token: () => 'glsa_secret' }, FAST);
        pusher.start();
        await healthy.waitFor(21);
        await until(() => pusher?.stats().pushed === 21);
        expect(healthy.requests[0].body.text).toBe('while grafana hangs');
        await healthy.close();
    });
});
describe('backoffDelay', () => {
    it('doubles from the base and stays at the cap', () => {
        expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => (0, grafanaPusher_1.backoffDelay)(n, 1000, 60_000))).toEqual([
            1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000,
        ]);
    });
});
describe('grafanaTargetFrom', () => {
    const readFile = (path) => {
        if (path === '/secrets/grafana')
            return 'glsa_file\n';
        if (path === '/secrets/empty')
            return '\n';
        throw new Error(`ENOENT: no such file, open '${path}'`);
    };
    it('is null without a URL, and reads the token from a file or the environment', () => {
        expect((0, grafanaTarget_1.grafanaTargetFrom)({ env: {}, readFile })).toBeNull();
        const fromFile = (0, grafanaTarget_1.grafanaTargetFrom)({
            url: 'https://grafana.example.com/sub/',
            tokenFile: '/secrets/grafana',
            env: {},
            readFile,
        });
        expect(fromFile?.url).toBe('https://grafana.example.com/sub');
        expect(fromFile?.token()).toBe('glsa_file');
        expect((0, grafanaTarget_1.grafanaTargetFrom)({
            url: 'http://127.0.0.1:3000',
            env: { MLHEALTH_GRAFANA_TOKEN: 'glsa_env' },
            readFile,
            panelId: 2,
        })).toMatchObject({ panelId: 2 });
    });
    it('refuses a bad URL, a URL without a token, an empty or unreadable token file, a file without a URL', () => {
        expect(() => (0, grafanaTarget_1.grafanaTargetFrom)({ url: 'grafana:3000', env: { MLHEALTH_GRAFANA_TOKEN: 't' }, readFile })).toThrow("--grafana-url 'grafana:3000' is not http or https");
        expect(() => (0, grafanaTarget_1.grafanaTargetFrom)({ url: 'not a url', env: {}, readFile })).toThrow("--grafana-url 'not a url' is not a URL");
        expect(() => (0, grafanaTarget_1.grafanaTargetFrom)({ url: 'http://g:3000', env: {}, readFile })).toThrow('--grafana-url needs a service-account token: --grafana-token-file FILE or MLHEALTH_GRAFANA_TOKEN');
        expect(() => (0, grafanaTarget_1.grafanaTargetFrom)({ url: 'http://g:3000', tokenFile: '/secrets/empty', env: {}, readFile })).toThrow('--grafana-token-file: grafana token: file /secrets/empty is empty');
        expect(() => (0, grafanaTarget_1.grafanaTargetFrom)({ url: 'http://g:3000', tokenFile: '/nope', env: {}, readFile })).toThrow("--grafana-token-file: ENOENT: no such file, open '/nope'");
        expect(() => (0, grafanaTarget_1.grafanaTargetFrom)({ tokenFile: '/secrets/grafana', env: {}, readFile })).toThrow('--grafana-token-file needs --grafana-url');
    });
});
//# sourceMappingURL=grafanaPusher.test.js.map