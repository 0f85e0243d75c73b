"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixtureSpec = fixtureSpec;
const base = (id, model, extra) => ({
    id,
    tier: 'base',
    model,
    title: id,
    unit: 'ratio',
    thresholds: { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' },
    ...extra,
});
function fixtureSpec() {
    return {
        api_version: 'mlhealth/v1',
        name: 'fixture',
        version: '1.0.0',
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
        sources: [],
        models: [
            {
                id: 'fraud',
                version: '3',
                task: 'classification',
                features: [{ name: 'amount', type: 'numeric' }],
                window: { duration: 900 },
                evaluation_interval: 30,
                sample_size: 5000,
                bins: 10,
                correction: 'bh',
            },
            {
                id: 'recs',
                version: '7',
                task: 'classification',
                features: [{ name: 'device', type: 'categorical' }],
                window: { duration: 900 },
                evaluation_interval: 60,
                sample_size: 5000,
                bins: 10,
                correction: 'bh',
            },
        ],
        nodes: [
            base('fraud.drift.amount', 'fraud', {
                title: 'Fraud amount drift',
                unit: 'score',
                signal: { kind: 'feature_drift', feature: 'amount' },
                playbook: 'https://runbooks.example/drift',
            }),
            base('fraud.serving.errors', 'fraud', {
                title: 'Fraud error ratio',
                signal: { kind: 'error_ratio' },
                objective: { target: 0.995, period: 30 * 86400 },
                escalation: 'platform',
            }),
            base('recs.serving.latency', 'recs', {
                title: 'Recs p99 latency',
                unit: 'seconds',
                signal: { kind: 'latency', stat: 'p99' },
                thresholds: { warning: 0.2, critical: 0.5, direction: 'higher_is_worse' },
                objective: { target: 0.99, period: 28 * 86400, latency_below: 0.25 },
                cadence: 20,
            }),
            {
                id: 'fraud.drift',
                tier: 'component',
                model: 'fraud',
                title: 'Fraud drift',
                children: [{ node: 'fraud.drift.amount', weight: 1 }],
                rollup: { rule: 'worst_of' },
                escalation: 'fraud',
                retrain_trigger: { status: 'critical', for: 600 },
            },
            {
                id: 'fraud.serving',
                tier: 'component',
                model: 'fraud',
                title: 'Fraud serving',
                children: [{ node: 'fraud.serving.errors', weight: 1 }],
                rollup: { rule: 'worst_of' },
                escalation: 'platform',
            },
            {
                id: 'recs.serving',
                tier: 'component',
                model: 'recs',
                title: 'Recs serving',
                children: [{ node: 'recs.serving.latency', weight: 1 }],
                rollup: { rule: 'worst_of' },
                escalation: 'recs',
                playbook: 'https://runbooks.example/recs',
            },
            {
                id: 'revenue',
                tier: 'business',
                title: 'Revenue assurance',
                description: 'Payments approved correctly.',
                children: [
                    { node: 'fraud.drift', weight: 2 },
                    { node: 'fraud.serving', weight: 1 },
                    { node: 'recs.serving', weight: 1 },
                ],
                rollup: { rule: 'worst_of' },
                impact: {
                    measure: 'revenue_at_risk',
                    unit: 'USD/hour',
                    exposure: { constant: 1000 },
                    loss: { kind: 'linear', max_loss: 0.5 },
                },
                escalation: 'exec',
                playbook: 'https://runbooks.example/revenue',
            },
        ],
        teams: [
            {
                id: 'ml-fraud',
                receivers: [
                    { type: 'webhook', name: 'pager', url: 'http://127.0.0.1:9/fraud' },
                    { type: 'email', name: 'mail', to: 'fraud@example.com' },
                ],
            },
            {
                id: 'ml-recs',
                receivers: [{ type: 'slack', name: 'chat', channel: '#recs', api_url_file: '/run/secrets/slack' }],
                business_hours: {
                    weekdays: ['monday:friday'],
                    start: '09:00',
                    end: '17:00',
                    location: 'Europe/Berlin',
                },
            },
            {
                id: 'ml-platform',
                receivers: [
                    { type: 'pagerduty', name: 'pd', routing_key_file: '/run/secrets/pd' },
                    { type: 'webhook', name: 'hook', url: 'http://127.0.0.1:9/platform' },
                ],
            },
            { id: 'leadership', receivers: [{ type: 'webhook', name: 'bridge', url: 'http://127.0.0.1:9/exec' }] },
        ],
        escalation_policies: [
            {
                id: 'fraud',
                team: 'ml-fraud',
                levels: [
                    { severity: 'warning', receiver: 'mail', respond_within: 14400 },
                    { severity: 'critical', receiver: 'pager', respond_within: 900 },
                ],
            },
            {
                id: 'recs',
                team: 'ml-recs',
                levels: [
                    { severity: 'warning', receiver: 'chat', respond_within: 86400, business_hours_only: true },
                    { severity: 'critical', receiver: 'chat', respond_within: 1800 },
                ],
            },
            {
                id: 'platform',
                team: 'ml-platform',
                levels: [
                    { severity: 'critical', receiver: 'pd', respond_within: 600 },
                    { severity: 'critical', receiver: 'hook', respond_within: 600 },
                ],
            },
            {
                id: 'exec',
                team: 'leadership',
                levels: [{ severity: 'critical', receiver: 'bridge', respond_within: 1800 }],
            },
        ],
        scenarios: [],
        links: { grafana_url: 'https://grafana.example/' },
    };
}
//# sourceMappingURL=spec.js.map