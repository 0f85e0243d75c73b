/**
 * The model on what a real Prometheus 2.42 answered after scraping the real exporter demo
 * (fixtures/prometheus-demo.json, recorded by `npm run capture-fixtures`), converted to
 * frames as Grafana's Prometheus datasource does. Expectations are read from the raw answers, not from
 * the model.
 */
import { buildCascadeModel } from './buildModel';
import { statusFromCode } from './status';
import { promQueriesToFrames, type PromQuery } from '../testing/prometheusFrames';
import { readFileSync } from 'fs';
import { join } from 'path';

const doc: { timeRange: { from: number; to: number }; queries: PromQuery[] } = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'prometheus-demo.json'), 'utf8')
);
const answer = (expr: string) => doc.queries.find((q) => q.expr === expr)!.response.data.result;
const lastValue = (s: { values?: Array<[number, string]>; value?: [number, string] }) =>
  Number(s.values ? s.values[s.values.length - 1][1] : s.value![1]);

describe('the model on captured Prometheus answers', () => {
  const model = buildCascadeModel(promQueriesToFrames(doc.queries), { at: doc.timeRange.to });

  it('finds every node the exporter describes, with its tier and title', () => {
    const info = answer('mlhealth_node_info');
    expect(info.length).toBeGreaterThan(10);
    expect(model.nodes.map((n) => n.id).sort()).toEqual(info.map((s) => s.metric.node).sort());
    for (const s of info) {
      const n = model.byId.get(s.metric.node)!;
      expect([n.tier, n.title, n.model]).toEqual([s.metric.tier, s.metric.title, s.metric.model ?? '']);
    }
  });

  it('reads each node’s current status code, never green without a sample', () => {
    const status = answer('mlhealth_node_status');
    for (const n of model.nodes) {
      const s = status.find((x) => x.metric.node === n.id);
      const last = s?.values?.[s.values.length - 1];
      const current = last !== undefined && doc.timeRange.to - last[0] * 1000 <= 2 * 5000;
      expect(n.status).toBe(current ? statusFromCode(Number(last[1])) : 'unknown');
    }
  });

  it('links every edge the exporter exports, parents and children both ways', () => {
    const edges = answer('mlhealth_edge_weight');
    expect(model.edges).toHaveLength(edges.length);
    for (const e of edges) {
      expect(model.byId.get(e.metric.parent)!.children).toContain(e.metric.child);
      expect(model.byId.get(e.metric.child)!.parents).toContain(e.metric.parent);
    }
  });

  it('totals the business impact per measure', () => {
    const expected = new Map<string, number>();
    for (const s of answer('mlhealth_business_impact')) {
      expected.set(s.metric.measure, (expected.get(s.metric.measure) ?? 0) + lastValue(s));
    }
    expect(new Map(model.impactTotals.map((t) => [t.measure, t.total]))).toEqual(expected);
  });

  it('reads the drift series of every feature', () => {
    expect(model.drift).toHaveLength(answer('mlhealth_feature_drift').length);
  });

  it('gives the same cascade whether the queries come back as tables or time series', () => {
    const asTables = doc.queries.map((q) => ({ ...q, format: 'table' as const }));
    const a = buildCascadeModel(promQueriesToFrames(asTables), { at: doc.timeRange.to });
    const view = (m: typeof model) => m.nodes.map((n) => [n.id, n.status, n.score, n.value, n.parents.join()]);
    expect(view(a)).toEqual(view(model));
  });
});
