/**
 * The model on what a central Prometheus 2.42 answered for a sharded fleet
 * (fixtures/prometheus-scaleout.json, captured by the exporter's scale-out end-to-end test with
 * `MLHEALTH_CAPTURE_FIXTURES=1`): three exporter shards, each scraped by its own Prometheus that
 * remote-writes to the central one, whose generated recording rules record the nodes spanning models
 * (series without `instance`). The topology of those nodes comes from every shard (one series per shard):
 * the panel shows each node and edge once. Expectations are read from the raw answers, not the model.
 */
import { buildCascadeModel } from './buildModel';
import { statusFromCode } from './status';
import { promQueriesToFrames, type PromQuery } from '../testing/prometheusFrames';
import { readFileSync } from 'fs';
import { join } from 'path';

const doc: { timeRange: { from: number; to: number }; queries: PromQuery[] } = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'prometheus-scaleout.json'), 'utf8')
);
const answer = (name: string) => doc.queries.find((q) => q.expr.startsWith(`${name}{`))!.response.data.result;
const last = (s: { values?: Array<[number, string]> }) => Number(s.values![s.values!.length - 1][1]);
const unique = (xs: string[]) => [...new Set(xs)].sort();

describe('the model on a sharded fleet’s central Prometheus', () => {
  const model = buildCascadeModel(promQueriesToFrames(doc.queries), { at: doc.timeRange.to });

  it('shows every node once, though several shards describe the fleet nodes', () => {
    const info = answer('mlhealth_node_info');
    expect(info.length).toBeGreaterThan(unique(info.map((s) => s.metric.node)).length);
    expect(model.nodes.map((n) => n.id).sort()).toEqual(unique(info.map((s) => s.metric.node)));
  });

  it('links every edge once', () => {
    const edges = answer('mlhealth_edge_weight');
    expect(model.edges.map((e) => `${e.parent} ${e.child}`)).toEqual(
      unique(edges.map((s) => `${s.metric.parent} ${s.metric.child}`))
    );
  });

  it('reads the statuses the rules recorded for the fleet nodes, and the shards’ for the rest', () => {
    const status = answer('mlhealth_node_status');
    const recorded = status.filter((s) => s.metric.instance === undefined);
    expect(recorded.length).toBeGreaterThan(3);
    for (const s of status) {
      expect(model.byId.get(s.metric.node)!.status).toBe(statusFromCode(last(s)));
    }
  });

  it('reads the recorded contributions of a fleet node, summing to 1', () => {
    const fleet = answer('mlhealth_node_status').find((s) => s.metric.instance === undefined && last(s) > 0)!;
    const node = model.byId.get(fleet.metric.node)!;
    const shares = node.contributions.map((c) => c.share);
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});
