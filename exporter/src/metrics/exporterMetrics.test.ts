import { MINI_SNAPSHOT, MINI_SPEC } from '../../test/fixtures/miniSpec';
import { modelDetail } from '../../test/fixtures/modelDetail';
import type { CascadeSnapshot } from '../cascade/types';
import type { ModelDetail } from '../signals/types';
import { createExporterMetrics } from './exporterMetrics';
import type { IngestTotalsSource, MetricsState } from './state';

function stateWith(
  snapshot: CascadeSnapshot | null,
  details: ModelDetail[] = [],
): MetricsState & IngestTotalsSource & { snap: CascadeSnapshot | null } {
  const state = {
    snap: snapshot,
    spec: MINI_SPEC,
    sha256: 'abc123',
    snapshot: () => state.snap,
    anomalyScores: () =>
      new Map([
        ['m.drift.x', 2.5],
        ['m.serving.latency', null],
      ]),
    modelDetails: () => details,
    sourcesUp: () => new Map([['prom', false]]),
    up: () => true,
    totals: () => ({
      accepted: new Map([['m', 10]]),
      rejected: new Map([['m', new Map([['confidence_range', 3]])]]),
    }),
    scenarioImpacts: () => [{ scenario: 'outage', node: 'revenue', measure: 'revenue_at_risk', value: 500 }],
  };
  return state;
}

async function render(state: MetricsState & IngestTotalsSource): Promise<string> {
  return createExporterMetrics(state, state, { buildVersion: '0.1.0', processMetrics: false }).render();
}

describe('createExporterMetrics', () => {
  it('exposes one score, status and value per node, without a score for an unknown node', async () => {
    const text = await render(stateWith(MINI_SNAPSHOT));
    expect(text).toContain('mlhealth_node_score{node="m.drift.x",tier="base",model="m"} 0.3');
    expect(text).toContain('mlhealth_node_status{node="m.serving.latency",tier="base",model="m"} 3');
    expect(text).not.toContain('mlhealth_node_score{node="m.serving.latency"');
    expect(text).toContain('mlhealth_node_value{node="m.drift.x",tier="base",model="m"} 0.31');
    expect(text).toContain('mlhealth_node_status{node="revenue",tier="business",model=""} 2');
  });

  it('exposes edges, contributions, thresholds, impact and the retraining flag', async () => {
    const text = await render(stateWith(MINI_SNAPSHOT));
    expect(text).toContain('mlhealth_edge_weight{parent="m.health",child="m.drift.x",depth="1"} 2');
    expect(text).toContain('mlhealth_node_contribution{parent="revenue",child="m.health"} 1');
    expect(text).toContain('mlhealth_node_threshold{node="m.drift.x",level="critical",depth="0"} 0.25');
    expect(text).toContain('mlhealth_business_impact{node="revenue",measure="revenue_at_risk"} 350');
    expect(text).toContain('mlhealth_business_exposure{node="revenue",measure="revenue_at_risk"} 1000');
    expect(text).toContain('mlhealth_retrain_recommended{model="m"} 1');
    expect(text).toContain('mlhealth_node_anomaly_score{node="m.drift.x"} 2.5');
    expect(text).toContain(
      'mlhealth_scenario_business_impact{scenario="outage",node="revenue",measure="revenue_at_risk"} 500',
    );
  });

  it('escapes label values from the spec', async () => {
    const text = await render(stateWith(MINI_SNAPSHOT));
    expect(text).toContain('title="x drift \\"quoted\\""');
    expect(text).toContain('runbook_url="https://runbooks.example.com/drift"');
  });

  it('renders detail series and the latency histogram cumulatively', async () => {
    const text = await render(stateWith(MINI_SNAPSHOT, [modelDetail()]));
    expect(text).toContain('mlhealth_feature_drift{model="m",feature="x",method="psi"} 0.31');
    expect(text).not.toContain('mlhealth_feature_drift{model="m",feature="c"');
    expect(text).toContain('mlhealth_feature_missing_ratio{model="m",feature="x"} 0.1');
    expect(text).toContain(
      'mlhealth_feature_violations_total{model="m",feature="c",kind="unseen_category"} 4',
    );
    expect(text).toContain('# TYPE mlhealth_prediction_latency_seconds histogram');
    expect(text).toContain('mlhealth_prediction_latency_seconds_bucket{model="m",le="0.025"} 6');
    expect(text).toContain('mlhealth_prediction_latency_seconds_bucket{model="m",le="0.05"} 9');
    expect(text).toContain('mlhealth_prediction_latency_seconds_bucket{model="m",le="30"} 9');
    expect(text).toContain('mlhealth_prediction_latency_seconds_bucket{model="m",le="+Inf"} 10');
    expect(text).toContain('mlhealth_prediction_latency_seconds_count{model="m"} 10');
    expect(text).toContain('mlhealth_model_info{model="m",version="1.0"} 1');
    expect(text).toContain('mlhealth_model_trained_timestamp_seconds{model="m"} 900');
  });

  it('exposes self series, zero-initialised ingest counters and the scrape duration last', async () => {
    const text = await render(stateWith(null));
    expect(text).toContain('mlhealth_up 1');
    expect(text).toContain('mlhealth_source_up{source="prom"} 0');
    expect(text).toContain('mlhealth_spec_info{name="mini",version="1",sha256="abc123"} 1');
    expect(text).toContain('mlhealth_build_info{version="0.1.0"} 1');
    expect(text).toContain('mlhealth_ingest_events_total{model="m"} 10');
    expect(text).toContain('mlhealth_ingest_rejected_events_total{model="m",reason="confidence_range"} 3');
    expect(text).toContain('mlhealth_ingest_rejected_events_total{model="m",reason="malformed"} 0');
    expect(text.trimEnd().split('\n').pop()).toMatch(/^mlhealth_scrape_duration_seconds \d/);
    expect(text).toContain(
      'mlhealth_node_info{node="revenue",tier="business",model="",title="Revenue",unit="score",owner="",runbook_url="",statistic=""} 1',
    );
    expect(text).not.toContain('mlhealth_node_status{');
  });

  it('drops the series of nodes that vanish from the next snapshot', async () => {
    const state = stateWith(MINI_SNAPSHOT);
    const metrics = createExporterMetrics(state, state, { buildVersion: '0.1.0', processMetrics: false });
    expect(await metrics.render()).toContain('node="m.drift.x"');
    state.snap = {
      ...MINI_SNAPSHOT,
      nodes: MINI_SNAPSHOT.nodes.filter((n) => n.id !== 'm.drift.x'),
      edges: [],
    };
    const text = await metrics.render();
    expect(text).not.toContain('mlhealth_node_status{node="m.drift.x"');
    expect(text).not.toContain('mlhealth_node_score{node="m.drift.x"');
    // The topology is the spec's, whatever the snapshot holds (recording rules read it for every node).
    expect(text).toContain('mlhealth_edge_weight{parent="m.health",child="m.drift.x",depth="1"} 2');
  });

  it('serves the topology from the spec before the first evaluation: edges, thresholds, rollup info', async () => {
    const text = await render(stateWith(null));
    expect(text).not.toContain('mlhealth_node_status{');
    expect(text).toContain('mlhealth_edge_weight{parent="revenue",child="m.health",depth="2"} 1');
    expect(text).toContain('mlhealth_node_threshold{node="m.health",level="warning",depth="1"} 0.75');
    expect(text).toMatch(
      /mlhealth_node_rollup_info\{node="revenue",tier="business",model="",depth="2",rollup="\w+",k="\d*",unknown_policy="propagate",critical_floor="\w*"\} 1/,
    );
    expect(text).not.toContain('mlhealth_node_rollup_info{node="m.drift.x"');
  });

  it('adds process metrics on its own registry, never the global one', async () => {
    const { register } = await import('prom-client');
    const bare = stateWith(null);
    const metrics = createExporterMetrics(bare, bare, { buildVersion: '0.1.0' });
    expect(await metrics.render()).toContain('process_cpu_user_seconds_total');
    expect(await register.metrics()).not.toContain('mlhealth_');
  });
});
