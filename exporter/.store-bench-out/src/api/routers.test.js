"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const express_1 = __importDefault(require("express"));
const testing_1 = require("../cascade/testing");
const testingFraud_1 = require("../cascade/testingFraud");
const dependencyRouter_1 = require("./dependencyRouter");
const scenarioRouter_1 = require("./scenarioRouter");
const spec = {
    ...(0, testingFraud_1.fraudSpec)(),
    scenarios: [
        { id: 'drift', title: 'Amount drift', changes: [{ node: 'fraud.drift.input.amount', value: 0.3 }] },
    ],
};
const inputs = (0, testingFraud_1.fraudInputs)();
let live = { spec, inputs, now: testing_1.NOW };
let server;
let base;
beforeAll(async () => {
    const app = (0, express_1.default)();
    const guard = (req, res, next) => {
        if (req.get('authorization') === 'Bearer nope')
            res.status(401).json({ error: 'unauthorized', details: [] });
        else
            next();
    };
    app.use((0, scenarioRouter_1.createScenarioRouter)(() => live, { guard, maxBodyBytes: 2048 }));
    app.use((0, dependencyRouter_1.createDependencyRouter)(() => live));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${server.address().port}`;
});
afterAll(async () => {
    await new Promise((resolve) => server.close(() => resolve()));
});
afterEach(() => {
    live = { spec, inputs, now: testing_1.NOW };
});
function post(body, headers = { 'content-type': 'application/json' }) {
    return fetch(`${base}/api/v1/scenarios`, { method: 'POST', body, headers });
}
describe('POST /api/v1/scenarios', () => {
    it('answers the recomputed cascade and the impact delta against live', async () => {
        const res = await post(JSON.stringify({ named: 'drift', market: { scale_exposure: 2 } }));
        expect(res.status).toBe(200);
        const body = (await res.json());
        const revenue = body.impacts.find((d) => d.node === 'revenue_assurance');
        expect(revenue).toMatchObject({ live_status: 'ok', scenario_status: 'critical' });
        expect(revenue?.difference).toBeCloseTo((revenue?.scenario ?? 0) - (revenue?.live ?? 0), 9);
        expect(body.changes).toEqual([
            { node: 'fraud.drift.input.amount', value: 0.3 },
            { scale_exposure: { factor: 2 } },
        ]);
        expect(body.cascade).toHaveLength(spec.nodes.length);
        expect(body.explanations.revenue_assurance).toContain('fraud.drift.input');
        // live state untouched: the same request twice gives the same live amounts
        const again = (await (await post(JSON.stringify({ named: 'drift' }))).json());
        expect(again.impacts.find((d) => d.node === 'revenue_assurance')?.live).toBe(revenue?.live);
    });
    it('answers 400 with every problem and its path for a bad body', async () => {
        const res = await post(JSON.stringify({ changes: [{ node: 'x', score: 7 }, { fail_source: 3 }], failure: 'maybe' }));
        expect(res.status).toBe(400);
        const body = (await res.json());
        expect(body.error).toBe('invalid scenario');
        expect(body.details.map((d) => d.path)).toEqual([
            'changes[0].score',
            'changes[1].fail_source',
            'failure',
        ]);
    });
    it('answers 400 naming what the spec lacks', async () => {
        const res = await post(JSON.stringify({ changes: [{ fail_feature: { model: 'fraud', feature: 'zip' } }], named: 'nope' }));
        expect(res.status).toBe(400);
        const body = (await res.json());
        expect(body.error).toBe('scenario does not fit the spec');
        expect(body.details).toEqual([
            { path: 'named', message: "no scenario 'nope' in spec test (scenarios: drift)" },
            { path: 'changes[0].fail_feature.feature', message: "model 'fraud' has no feature 'zip'" },
        ]);
    });
    it('answers 400 for invalid JSON, whatever the content type, and 413 past the size limit', async () => {
        const bad = await post('{"changes": [', { 'content-type': 'text/plain' });
        expect(bad.status).toBe(400);
        expect((await bad.json()).error).toBe('invalid JSON');
        const big = await post(JSON.stringify({ changes: Array.from({ length: 200 }, () => ({ fail_source: 'prom' })) }));
        expect(big.status).toBe(413);
        expect((await big.json()).error).toBe('request body too large');
    });
    it('runs the guard first and answers 503 before the first evaluation', async () => {
        expect((await post('{}', { 'content-type': 'application/json', authorization: 'Bearer nope' })).status).toBe(401);
        live = null;
        const res = await post('{}');
        expect(res.status).toBe(503);
        expect((await res.json()).error).toBe('not ready');
    });
});
describe('GET /api/v1/scenarios', () => {
    it('lists the named scenarios with their impact under live inputs', async () => {
        const res = await fetch(`${base}/api/v1/scenarios`);
        expect(res.status).toBe(200);
        const body = (await res.json());
        expect(body.scenarios.map((s) => s.id)).toEqual(['drift']);
        expect(body.scenarios[0]?.impacts.map((i) => i.node)).toEqual([
            'revenue_assurance',
            'compliance_exposure',
        ]);
        expect(body.scenarios[0]?.impacts[0]?.value).toBeGreaterThan(0);
    });
});
describe('GET /api/v1/dependencies', () => {
    it('answers the graph and the single points of failure with their simulated impact', async () => {
        const res = await fetch(`${base}/api/v1/dependencies`);
        expect(res.status).toBe(200);
        const body = (await res.json());
        expect(body.spec).toEqual({ name: 'test', version: '1' });
        const events = body.single_points_of_failure.find((s) => s.id === 'events:fraud');
        expect(events?.reaches).toEqual(['revenue_assurance', 'compliance_exposure']);
        expect(events?.impacts.find((d) => d.node === 'revenue_assurance')?.scenario).toBeCloseTo(10000 * 0.2, 9);
    });
    it('answers Mermaid on ?format=mermaid and 400 for an unknown format', async () => {
        const res = await fetch(`${base}/api/v1/dependencies?format=mermaid`);
        expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
        expect((await res.text()).startsWith('flowchart LR\n')).toBe(true);
        const bad = await fetch(`${base}/api/v1/dependencies?format=svg`);
        expect(bad.status).toBe(400);
        expect((await bad.json()).details[0]?.path).toBe('format');
    });
});
//# sourceMappingURL=routers.test.js.map