"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The PromQL source against a real Prometheus (the Debian package) on 127.0.0.1.
 */
const evaluateBaseNodes_1 = require("../signals/evaluateBaseNodes");
const realPrometheus_1 = require("./__fixtures__/realPrometheus");
const promqlClient_1 = require("./promqlClient");
const sourceManager_1 = require("./sourceManager");
let prom;
beforeAll(async () => {
    prom = await (0, realPrometheus_1.startPrometheus)();
}, 30_000);
afterAll(async () => {
    await prom?.stop();
});
const query = (q) => (0, promqlClient_1.queryPromql)({ url: prom.url, query: q, timeoutSeconds: 5, authorization: null });
/** Re-queries (bounded) until the answer satisfies `done`; Prometheus needs a scrape or rule run first. */
async function eventually(q, done) {
    let r = await query(q);
    for (let i = 0; i < 250 && !done(r); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        r = await query(q);
    }
    return r;
}
describe('queryPromql against Prometheus', () => {
    test('a scalar expression and a recorded series', async () => {
        expect(await query('vector(1 + 1)')).toEqual({ ok: true, value: 2 });
        expect(await eventually('mlhealth_test_answer', (r) => r.ok && r.value !== null)).toEqual({
            ok: true,
            value: 42,
        });
        expect(await query('scalar(vector(3))')).toEqual({ ok: true, value: 3 });
    });
    test('a scraped series: Prometheus watching itself', async () => {
        expect(await eventually('up{job="prometheus"}', (r) => r.ok && r.value === 1)).toEqual({
            ok: true,
            value: 1,
        });
    }, 40_000);
    test('no series, several series and a bad query', async () => {
        expect(await query('mlhealth_no_such_metric')).toEqual({
            ok: true,
            value: null,
            reason: 'query returned no series',
        });
        const several = await eventually('prometheus_http_requests_total', (r) => !r.ok);
        expect(several).toMatchObject({ ok: false, kind: 'result' });
        const bad = await query('rate(');
        expect(bad).toMatchObject({ ok: false, kind: 'query' });
        expect(!bad.ok && bad.message).toMatch(/^bad_data: /);
    });
    test('a promql node observed through SourceManager and evaluateBaseNodes', async () => {
        const spec = {
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
            sources: [{ id: 'prom', type: 'prometheus', url: prom.url, timeout: 5 }],
            models: [],
            nodes: [
                {
                    id: 'answer',
                    tier: 'base',
                    title: 'Answer',
                    signal: { kind: 'promql', source: 'prom', query: 'vector(42)' },
                },
                {
                    id: 'missing',
                    tier: 'base',
                    title: 'Missing',
                    signal: { kind: 'promql', source: 'prom', query: 'mlhealth_no_such_metric' },
                },
            ],
            teams: [],
            escalation_policies: [],
            scenarios: [],
            links: {},
        };
        const manager = new sourceManager_1.SourceManager(spec, {
            secrets: { env: {}, readFile: () => '' },
            clock: () => 1_700_000_000,
        });
        await manager.pollAll();
        const result = (0, evaluateBaseNodes_1.evaluateBaseNodes)(spec, new Map(), manager, 1_700_000_005);
        expect(result.observations.get('answer')).toEqual({
            node: 'answer',
            value: 42,
            observedAt: 1_700_000_000,
        });
        expect(result.observations.get('missing')).toEqual({
            node: 'missing',
            value: null,
            observedAt: 1_700_000_000,
            reason: 'query returned no series',
        });
        expect(manager.sourceStatus()).toEqual([{ source: 'prom', up: true, lastSuccessAt: 1_700_000_000 }]);
    });
});
//# sourceMappingURL=prometheus.test.js.map