"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const api_1 = require("../src/api");
const main_1 = require("../src/main");
const security_1 = require("../src/security");
const app_1 = require("../src/server/app");
const harness_1 = require("./harness");
const http_1 = require("./http");
const REVENUE_SERIES = 'mlhealth_business_impact{node="revenue_assurance",measure="revenue_at_risk"}';
let h;
let server;
let base;
beforeAll(async () => {
    h = await (0, harness_1.harness)();
    await h.advance(40);
    server = await (0, harness_1.serve)(h.built.app);
    base = server.url;
}, 60_000);
afterAll(() => server.close());
const post = (body) => (0, http_1.request)(base, 'POST', '/api/v1/scenarios', JSON.stringify(body));
describe('POST /api/v1/scenarios on the running demo', () => {
    it('prices a drift in peak season without touching live state', async () => {
        const inputsBefore = structuredClone(h.built.engine.liveInputs());
        const cascadeBefore = (await (0, http_1.request)(base, 'GET', '/api/v1/cascade')).text;
        const metricsBefore = (await (0, http_1.request)(base, 'GET', '/metrics')).text;
        const liveRevenue = (0, http_1.sampleValue)(metricsBefore, REVENUE_SERIES);
        expect(liveRevenue).toEqual(expect.any(Number));
        const a = await post({
            changes: [{ node: 'fraud.drift.amount', value: 0.5 }],
            market: { scale_exposure: 3 },
        });
        expect(a.status).toBe(200);
        const body = a.json;
        const revenue = body.impacts.find((d) => d.node === 'revenue_assurance');
        expect(revenue?.live).toBe(liveRevenue);
        expect(revenue?.scenario).toBeGreaterThan(3 * (liveRevenue ?? 0));
        expect(revenue?.scenario_status).toBe('critical');
        expect(revenue?.difference).toBeCloseTo((revenue?.scenario ?? 0) - (revenue?.live ?? 0), 6);
        expect(body.at).toBe(h.built.engine.liveInputs()?.at);
        expect(body.explanations.revenue_assurance).toBe('revenue_assurance → critical: fraud.drift, feature amount, PSI 0.5');
        expect(body.cascade.find((n) => n.id === 'fraud.drift.amount')).toMatchObject({
            value: 0.5,
            changed: true,
        });
        // live state: the engine's inputs, the cascade JSON and /metrics are byte for byte unchanged
        expect(h.built.engine.liveInputs()).toEqual(inputsBefore);
        expect((await (0, http_1.request)(base, 'GET', '/api/v1/cascade')).text).toBe(cascadeBefore);
        const metricsAfter = (await (0, http_1.request)(base, 'GET', '/metrics')).text;
        expect((0, http_1.sampleValue)(metricsAfter, REVENUE_SERIES)).toBe(liveRevenue);
        const cascadeSeries = (t) => t.split('\n').filter((l) => /^mlhealth_(node|business)_/.test(l));
        expect(cascadeSeries(metricsAfter)).toEqual(cascadeSeries(metricsBefore));
    });
    it('answers 400 naming what the spec lacks, through the real app', async () => {
        const a = await post({ changes: [{ fail_source: 'thanos' }] });
        expect(a.status).toBe(400);
        expect((0, http_1.errorOf)(a).error).toBe('scenario does not fit the spec');
        expect((0, http_1.errorOf)(a).details[0].path).toBe('changes[0].fail_source');
        const bad = await (0, http_1.request)(base, 'POST', '/api/v1/scenarios', '{"changes": [', 'application/json');
        expect(bad.status).toBe(400);
        expect((0, http_1.errorOf)(bad).error).toBe('invalid JSON');
    });
    it('lists the named scenarios with the same impacts /metrics exports', async () => {
        const a = await (0, http_1.request)(base, 'GET', '/api/v1/scenarios');
        expect(a.status).toBe(200);
        const { scenarios } = a.json;
        expect(scenarios.map((s) => s.id)).toEqual(['feature_store_outage', 'peak_season_drift']);
        const metrics = (await (0, http_1.request)(base, 'GET', '/metrics')).text;
        const rows = scenarios.flatMap((s) => s.impacts.map((i) => ({ scenario: s.id, ...i })));
        expect(rows.length).toBeGreaterThan(0);
        // compliance cannot be priced with merchant_category lost: no row, no series (never a zero)
        const outage = 'scenario="feature_store_outage",node="compliance_exposure"';
        expect(rows.some((r) => r.scenario === 'feature_store_outage' && r.node === 'compliance_exposure')).toBe(false);
        expect(metrics).not.toContain(outage);
        expect(metrics).toContain('mlhealth_business_impact{node="compliance_exposure"');
        for (const r of rows) {
            const series = `mlhealth_scenario_business_impact{scenario="${r.scenario}",node="${r.node}",measure="${r.measure}"}`;
            expect([series, (0, http_1.sampleValue)(metrics, series)]).toEqual([series, r.value]);
        }
    });
});
describe('GET /api/v1/dependencies on the running demo', () => {
    it('answers the single points of failure with their simulated impact, and a Mermaid graph', async () => {
        const a = await (0, http_1.request)(base, 'GET', '/api/v1/dependencies');
        expect(a.status).toBe(200);
        const report = a.json;
        expect(report.spec.name).toBe(h.built.loaded.spec.name);
        expect(report.single_points_of_failure.length).toBeGreaterThan(0);
        const events = report.single_points_of_failure.find((s) => s.id === 'events:fraud');
        expect(events?.reaches.length).toBeGreaterThanOrEqual(2);
        expect(events?.impacts.some((i) => (i.scenario ?? 0) > (i.live ?? 0))).toBe(true);
        const mermaid = await (0, http_1.request)(base, 'GET', '/api/v1/dependencies?format=mermaid');
        expect(mermaid.status).toBe(200);
        expect(mermaid.text.startsWith('flowchart')).toBe(true);
    });
});
it('answers 503 on the what-if routes before the first evaluation', async () => {
    const built = await (0, main_1.buildExporter)((0, harness_1.buildOptions)({ clock: () => harness_1.T0 }));
    const early = await (0, harness_1.serve)(built.app);
    try {
        for (const path of ['/api/v1/scenarios', '/api/v1/dependencies']) {
            const a = await (0, http_1.request)(early.url, 'GET', path);
            expect([path, a.status, (0, http_1.errorOf)(a).error]).toEqual([path, 503, 'not ready']);
        }
        expect((await (0, http_1.request)(early.url, 'POST', '/api/v1/scenarios', '{}')).status).toBe(503);
    }
    finally {
        await early.close();
        built.durable.close(harness_1.T0);
    }
});
it("mounts the what-if routes behind the app's guard with scope read", async () => {
    const seen = [];
    const guard = (scope) => (req, _res, next) => {
        seen.push(`${scope} ${req.method} ${req.path}`);
        next();
    };
    const { engine, ingest, metrics } = h.built;
    const app = (0, app_1.createApp)({
        cascade: engine,
        ingest,
        metrics,
        maxBodyBytes: 1 << 20,
        guard,
        live: (0, api_1.liveStateOf)(engine),
    });
    const own = await (0, harness_1.serve)(app);
    try {
        expect((await (0, http_1.request)(own.url, 'POST', '/api/v1/scenarios', '{}')).status).toBe(200);
        expect((await (0, http_1.request)(own.url, 'GET', '/api/v1/scenarios')).status).toBe(200);
        expect((await (0, http_1.request)(own.url, 'GET', '/api/v1/dependencies')).status).toBe(200);
        expect(seen).toEqual([
            'read POST /api/v1/scenarios',
            'read GET /api/v1/scenarios',
            'read GET /api/v1/dependencies',
        ]);
    }
    finally {
        await own.close();
    }
});
it('lets a read token ask what-if questions and refuses callers without read', async () => {
    const READ = 'read-token-0123456789abcdef';
    const INGEST = 'ingest-token-0123456789abcdef';
    const secured = await (0, harness_1.harness)({
        specPath: main_1.DEMO_SPEC_PATH,
        security: security_1.DEFAULT_SECURITY_OPTIONS,
        securityEnv: { MLHEALTH_READ_TOKEN: READ, MLHEALTH_INGEST_TOKEN: INGEST },
    });
    const own = await (0, harness_1.serve)(secured.built.app);
    const ask = (token) => fetch(`${own.url}/api/v1/scenarios`, {
        method: 'POST',
        headers: {
            'content-type': 'application/json',
            ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ named: 'peak_season_drift' }),
    });
    try {
        expect((await ask(READ)).status).toBe(200);
        expect((await ask(INGEST)).status).toBe(403);
        expect((await ask()).status).toBe(401);
        const deps = await fetch(`${own.url}/api/v1/dependencies`, {
            headers: { authorization: `Bearer ${READ}` },
        });
        expect(deps.status).toBe(200);
    }
    finally {
        await own.close();
        secured.built.durable.close(secured.now());
    }
});
//# sourceMappingURL=whatif.test.js.map