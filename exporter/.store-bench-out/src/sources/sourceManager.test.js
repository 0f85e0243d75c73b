"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const fakePrometheus_1 = require("./__fixtures__/fakePrometheus");
const promqlClient_1 = require("./promqlClient");
const pollTargets_1 = require("./pollTargets");
const sourceManager_1 = require("./sourceManager");
function specFor(url, timeout = 0.5) {
    return {
        api_version: 'mlhealth/v1',
        name: 't',
        version: '1',
        currency: 'USD',
        defaults: {
            evaluation_interval: 15,
            stale_after: 300,
            unknown_policy: 'propagate',
            score_thresholds: { warning: 0.75, critical: 0.5 },
            max_children: 7,
            max_nodes_per_tier: 25,
            low_confidence_below: 0.6,
        },
        sources: [{ id: 'prom', type: 'prometheus', url, timeout, auth: { bearer_token_env: 'PROM_TOKEN' } }],
        models: [],
        nodes: [
            {
                id: 'cpu',
                tier: 'base',
                title: 'CPU',
                signal: { kind: 'promql', source: 'prom', query: 'sum(rate(cpu[5m]))' },
                cadence: 30,
            },
            {
                id: 'mem',
                tier: 'base',
                title: 'Memory',
                signal: { kind: 'promql', source: 'prom', query: 'sum(rate(cpu[5m]))' },
                cadence: 10,
            },
            {
                id: 'revenue',
                tier: 'business',
                title: 'Revenue',
                children: [{ node: 'cpu', weight: 1 }],
                impact: {
                    measure: 'revenue_at_risk',
                    unit: 'USD/hour',
                    exposure: { source: 'prom', query: 'sum(revenue_per_hour)' },
                    loss: { kind: 'linear', max_loss: 1 },
                },
            },
        ],
        teams: [],
        escalation_policies: [],
        scenarios: [],
        links: {},
    };
}
const secrets = { env: { PROM_TOKEN: 'tok' }, readFile: () => '' };
let clock = 1_700_000_000;
const options = { secrets, clock: () => clock };
describe('pollTargets', () => {
    test('one target per (source, query), at the smallest cadence of its readers', () => {
        const targets = (0, pollTargets_1.pollTargets)(specFor('http://127.0.0.1:1'));
        expect(targets.map((t) => [t.query, t.cadence, t.nodes])).toEqual([
            ['sum(rate(cpu[5m]))', 10, ['cpu', 'mem']],
            ['sum(revenue_per_hour)', 15, ['revenue']],
        ]);
    });
});
describe('SourceManager against a misbehaving source on loopback', () => {
    let fake;
    beforeEach(async () => {
        fake = await (0, fakePrometheus_1.startFakePrometheus)({ kind: 'value', value: '0.42' });
    });
    afterEach(async () => {
        await fake.close();
    });
    test('a healthy source: values, bearer token sent, exposures, source up', async () => {
        const manager = new sourceManager_1.SourceManager(specFor(fake.url), options);
        expect(manager.reading('prom', 'sum(rate(cpu[5m]))')).toEqual({
            value: null,
            observedAt: null,
            up: false,
            reason: 'not polled yet',
        });
        await manager.pollAll();
        expect(manager.reading('prom', 'sum(rate(cpu[5m]))')).toEqual({
            value: 0.42,
            observedAt: clock,
            up: true,
        });
        expect(manager.exposures()).toEqual(new Map([['revenue', 0.42]]));
        expect(manager.sourceStatus()).toEqual([{ source: 'prom', up: true, lastSuccessAt: clock }]);
        expect(fake.requests[0].authorization).toBe('Bearer tok');
        expect(fake.requests[0].url).toBe('/api/v1/query?query=sum%28rate%28cpu%5B5m%5D%29%29');
        expect(manager.reading('prom', 'other')).toBeUndefined();
    });
    test.each([
        ['hangs', { kind: 'hang' }, 'timeout: no answer within 0.5s'],
        ['answers 500', { kind: 'status', status: 500, body: 'boom' }, 'http: HTTP 500: boom'],
        ['answers garbage', { kind: 'garbage' }, 'parse: answer is not JSON: {"status":"succ'],
        [
            'refuses the token',
            { kind: 'status', status: 401, body: 'no' },
            'auth: HTTP 401: credentials refused',
        ],
    ])('a source that %s is down with the reason, and recovers', async (_name, mode, reason) => {
        const manager = new sourceManager_1.SourceManager(specFor(fake.url), options);
        await manager.pollAll();
        fake.mode = mode;
        clock += 60;
        const started = Date.now();
        await manager.pollAll();
        expect(Date.now() - started).toBeLessThan(3000);
        expect(manager.reading('prom', 'sum(rate(cpu[5m]))')).toEqual({
            value: null,
            observedAt: clock - 60,
            up: false,
            reason,
        });
        expect(manager.sourceStatus()[0]).toMatchObject({
            source: 'prom',
            up: false,
            reason,
            lastSuccessAt: clock - 60,
        });
        expect(manager.exposures().get('revenue')).toBeNull();
        fake.mode = { kind: 'value', value: '7' };
        clock += 60;
        await manager.pollAll();
        expect(manager.reading('prom', 'sum(rate(cpu[5m]))')).toEqual({ value: 7, observedAt: clock, up: true });
        expect(manager.sourceStatus()[0].up).toBe(true);
    });
    test('a missing credential marks the source down without a request', async () => {
        const manager = new sourceManager_1.SourceManager(specFor(fake.url), {
            ...options,
            secrets: { env: {}, readFile: () => '' },
        });
        await manager.pollAll();
        expect(fake.requests).toHaveLength(0);
        expect(manager.sourceStatus()[0]).toMatchObject({
            up: false,
            reason: 'auth: source prom bearer token: environment variable PROM_TOKEN is not set',
        });
    });
    test('a refused connection is a network failure', async () => {
        const url = fake.url;
        await fake.close();
        const r = await (0, promqlClient_1.queryPromql)({ url, query: 'up', timeoutSeconds: 1, authorization: null });
        expect(r).toEqual({ ok: false, kind: 'network', message: 'ECONNREFUSED' });
        fake = await (0, fakePrometheus_1.startFakePrometheus)({ kind: 'value', value: '1' });
    });
    test('pollDue honours cadences and never doubles a query in flight; start/stop run in the background', async () => {
        const manager = new sourceManager_1.SourceManager(specFor(fake.url), { ...options, tickMs: 20 });
        await manager.pollDue();
        expect(fake.requests).toHaveLength(2);
        clock += 12; // the cpu/mem query (cadence 10) is due, the exposure (15) is not
        await manager.pollDue();
        expect(fake.requests).toHaveLength(3);
        fake.mode = { kind: 'hang' };
        clock += 100;
        const first = manager.pollDue();
        for (let i = 0; i < 100 && fake.requests.length < 5; i++)
            await new Promise((r) => setTimeout(r, 10));
        await manager.pollDue(); // both targets are in flight: nothing new
        await new Promise((r) => setTimeout(r, 50));
        expect(fake.requests).toHaveLength(5);
        await first;
        fake.mode = { kind: 'value', value: '3' };
        clock += 100;
        manager.start();
        for (let i = 0; i < 100 && manager.reading('prom', 'sum(revenue_per_hour)')?.value !== 3; i++)
            await new Promise((r) => setTimeout(r, 20));
        manager.stop();
        expect(manager.reading('prom', 'sum(revenue_per_hour)')?.value).toBe(3);
    });
});
//# sourceMappingURL=sourceManager.test.js.map