"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const specs_1 = require("./__fixtures__/specs");
const anomaly_1 = require("./anomaly");
const evaluateBaseNodes_1 = require("./evaluateBaseNodes");
const monitor_1 = require("./monitor");
const NOW = 1_700_000_000;
const nodes = [
    { id: 'fraud.errors', tier: 'base', title: 'Errors', model: 'fraud', signal: { kind: 'error_ratio' } },
    { id: 'cpu', tier: 'base', title: 'CPU', signal: { kind: 'promql', source: 'prom', query: 'cpu' } },
    { id: 'gpu', tier: 'base', title: 'GPU', signal: { kind: 'promql', source: 'prom', query: 'gpu' } },
    { id: 'disk', tier: 'base', title: 'Disk', signal: { kind: 'promql', source: 'prom', query: 'disk' } },
    { id: 'recs.errors', tier: 'base', title: 'Recs errors', model: 'recs', signal: { kind: 'error_ratio' } },
    {
        id: 'serving',
        tier: 'component',
        title: 'Serving',
        children: [{ node: 'fraud.errors', weight: 1 }],
        rollup: { rule: 'worst_of' },
    },
];
const spec = {
    api_version: 'mlhealth/v1',
    name: 't',
    version: '1',
    currency: 'USD',
    defaults: specs_1.DEFAULTS,
    sources: [{ id: 'prom', type: 'prometheus', url: 'http://127.0.0.1:9', timeout: 5 }],
    models: [(0, specs_1.fraudModel)(), (0, specs_1.fraudModel)({ id: 'recs' })],
    nodes,
    teams: [],
    escalation_policies: [],
    scenarios: [],
    links: {},
};
const readings = {
    cpu: { value: 0.7, observedAt: NOW - 5, up: true },
    gpu: { value: null, observedAt: NOW - 600, up: false, reason: 'timeout: no answer within 5s' },
};
const sources = { reading: (_source, query) => readings[query] };
describe('evaluateBaseNodes', () => {
    test('model nodes from monitors, promql nodes from readings, in spec order', () => {
        const fraud = new monitor_1.ModelMonitor((0, monitor_1.monitorConfigFromSpec)(spec, 'fraud'), { now: NOW - 60 });
        fraud.ingest([(0, specs_1.event)({ features: {}, error: 'boom' }), (0, specs_1.event)({ features: {} })], NOW);
        const result = (0, evaluateBaseNodes_1.evaluateBaseNodes)(spec, new Map([['fraud', fraud]]), sources, NOW);
        expect([...result.observations.values()]).toEqual([
            { node: 'fraud.errors', value: 0.5, observedAt: NOW },
            { node: 'cpu', value: 0.7, observedAt: NOW - 5 },
            {
                node: 'gpu',
                value: null,
                observedAt: NOW - 600,
                reason: 'source prom is down: timeout: no answer within 5s',
            },
            { node: 'disk', value: null, observedAt: null, reason: 'source prom is not polled for this query' },
            { node: 'recs.errors', value: null, observedAt: null, reason: 'model recs has no monitor' },
        ]);
        expect(result.models.map((m) => m.detail.model)).toEqual(['fraud']);
        expect(result.anomalyScores.get('cpu')).toBeNull();
    });
    test('promql nodes get anomaly scores from a history kept by the caller', () => {
        const history = new anomaly_1.AnomalyHistory(60, 15);
        for (let k = 0; k < 12; k++) {
            readings.cpu = { value: 0.5 + (k % 3) * 0.01, observedAt: NOW + k * 15, up: true };
            (0, evaluateBaseNodes_1.evaluateBaseNodes)(spec, new Map(), sources, NOW + k * 15, history);
        }
        readings.cpu = { value: 0.95, observedAt: NOW + 200, up: true };
        expect((0, evaluateBaseNodes_1.evaluateBaseNodes)(spec, new Map(), sources, NOW + 200, history).anomalyScores.get('cpu')).toBeGreaterThan(10);
    });
    test('without a source layer promql nodes are unknown', () => {
        expect((0, evaluateBaseNodes_1.evaluateBaseNodes)(spec, new Map(), null, NOW).observations.get('cpu').value).toBeNull();
    });
    test('monitorConfigFromSpec picks the model’s non-promql base nodes and refuses unknown models', () => {
        expect((0, monitor_1.monitorConfigFromSpec)(spec, 'fraud').nodes.map((n) => n.id)).toEqual(['fraud.errors']);
        expect(() => (0, monitor_1.monitorConfigFromSpec)(spec, 'nope')).toThrow('monitorConfigFromSpec: spec has no model "nope"');
    });
});
//# sourceMappingURL=evaluateBaseNodes.test.js.map