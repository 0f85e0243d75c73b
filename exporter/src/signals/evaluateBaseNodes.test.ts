import type { NodeSpec, Spec } from '../spec/types';
import { DEFAULTS, event, fraudModel } from './__fixtures__/specs';
import { AnomalyHistory } from './anomaly';
import { evaluateBaseNodes } from './evaluateBaseNodes';
import type { PromqlReading, PromqlReadings } from './evaluateBaseNodes';
import { ModelMonitor, monitorConfigFromSpec } from './monitor';

const NOW = 1_700_000_000;
const nodes: NodeSpec[] = [
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
  defaults: DEFAULTS,
  sources: [{ id: 'prom', type: 'prometheus', url: 'http://127.0.0.1:9', timeout: 5 }],
  models: [fraudModel(), fraudModel({ id: 'recs' })],
  nodes,
  teams: [],
  escalation_policies: [],
  scenarios: [],
  links: {},
} as Spec;

const readings: Record<string, PromqlReading> = {
  cpu: { value: 0.7, observedAt: NOW - 5, up: true },
  gpu: { value: null, observedAt: NOW - 600, up: false, reason: 'timeout: no answer within 5s' },
};
const sources: PromqlReadings = { reading: (_source, query) => readings[query] };

describe('evaluateBaseNodes', () => {
  test('model nodes from monitors, promql nodes from readings, in spec order', () => {
    const fraud = new ModelMonitor(monitorConfigFromSpec(spec, 'fraud'), { now: NOW - 60 });
    fraud.ingest([event({ features: {}, error: 'boom' }), event({ features: {} })], NOW);
    const result = evaluateBaseNodes(spec, new Map([['fraud', fraud]]), sources, NOW);
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
    const history = new AnomalyHistory(60, 15);
    for (let k = 0; k < 12; k++) {
      readings.cpu = { value: 0.5 + (k % 3) * 0.01, observedAt: NOW + k * 15, up: true };
      evaluateBaseNodes(spec, new Map(), sources, NOW + k * 15, history);
    }
    readings.cpu = { value: 0.95, observedAt: NOW + 200, up: true };
    expect(
      evaluateBaseNodes(spec, new Map(), sources, NOW + 200, history).anomalyScores.get('cpu')!,
    ).toBeGreaterThan(10);
  });

  test('without a source layer promql nodes are unknown', () => {
    expect(evaluateBaseNodes(spec, new Map(), null, NOW).observations.get('cpu')!.value).toBeNull();
  });

  test('monitorConfigFromSpec picks the model’s non-promql base nodes and refuses unknown models', () => {
    expect(monitorConfigFromSpec(spec, 'fraud').nodes.map((n) => n.id)).toEqual(['fraud.errors']);
    expect(() => monitorConfigFromSpec(spec, 'nope')).toThrow(
      'monitorConfigFromSpec: spec has no model "nope"',
    );
  });
});
