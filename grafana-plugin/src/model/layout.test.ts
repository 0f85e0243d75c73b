import { FieldType, toDataFrame } from '@grafana/data';
import { buildCascadeModel } from './buildModel';
import { pathBetween, pathTo, subtreeIds } from './hierarchy';
import { layoutCascade } from './layout';
import { DEMO_END_MS, demoFrames } from '../testing/demoFrames';
import { TIERS } from './types';

const model = buildCascadeModel(demoFrames(), { at: DEMO_END_MS });
const all = { tiers: TIERS, focusId: null, sortBySeverity: true };

describe('layoutCascade', () => {
  it('puts business, component and base in that order, worst business outcome first', () => {
    const layout = layoutCascade(model, all);
    expect(layout.layers.map((l) => l.tier)).toEqual(['business', 'component', 'base']);
    expect(layout.layers[0].ids).toEqual([
      'partner_sla',
      'revenue_assurance',
      'customer_impact',
      'compliance_exposure',
    ]);
  });

  it('groups children under their highest-placed parent so edges stay short', () => {
    const components = layoutCascade(model, all).layers[1].ids;
    expect(components.slice(0, 4)).toEqual(['recs.serving', 'fraud.drift', 'fraud.data_quality', 'fraud.serving']);
  });

  it('orders by title only when severity sorting is off', () => {
    const layout = layoutCascade(model, { ...all, sortBySeverity: false });
    expect(layout.layers[0].ids).toEqual([
      'compliance_exposure',
      'customer_impact',
      'partner_sla',
      'revenue_assurance',
    ]);
  });

  it('shows an executive view (business and component) with their edges only', () => {
    const layout = layoutCascade(model, { ...all, tiers: ['business', 'component'] });
    expect(layout.layers.map((l) => l.tier)).toEqual(['business', 'component']);
    expect(layout.edges).toHaveLength(8);
  });

  it('bridges a hidden middle tier: business links straight to base', () => {
    const layout = layoutCascade(model, { ...all, tiers: ['business', 'base'] });
    const fromRevenue = layout.edges.filter((e) => e.parent === 'revenue_assurance').map((e) => e.child);
    expect(fromRevenue).toEqual([
      'fraud.dq.missing_ratio',
      'fraud.dq.schema_violations',
      'fraud.drift.amount',
      'fraud.drift.merchant_category',
      'fraud.serving.error_ratio',
      'fraud.serving.latency_p99',
    ]);
  });

  it('focuses a subtree (drill-down or root option)', () => {
    const layout = layoutCascade(model, { ...all, focusId: 'fraud.serving' });
    expect(layout.layers.map((l) => l.ids)).toEqual([
      ['fraud.serving'],
      ['fraud.serving.error_ratio', 'fraud.serving.latency_p99'],
    ]);
    expect(layout.position.get('fraud.serving.latency_p99')).toEqual([1, 1]);
  });

  it('splits a tier with nested levels into sub-layers and survives a cycle', () => {
    const edge = (parent: string, child: string) =>
      toDataFrame({
        fields: [
          { name: 'Time', type: FieldType.time, values: [0] },
          {
            name: 'Value',
            type: FieldType.number,
            values: [1],
            labels: { __name__: 'mlhealth_edge_weight', parent, child },
          },
        ],
      });
    const info = (node: string, tier: string) =>
      toDataFrame({
        fields: [
          { name: 'Time', type: FieldType.time, values: [0] },
          {
            name: 'Value',
            type: FieldType.number,
            values: [1],
            labels: { __name__: 'mlhealth_node_info', node, tier },
          },
        ],
      });
    const m = buildCascadeModel(
      [
        info('b', 'business'),
        info('c1', 'component'),
        info('c2', 'component'),
        info('x', 'base'),
        edge('b', 'c1'),
        edge('c1', 'c2'),
        edge('c2', 'x'),
        edge('x', 'c1'),
      ],
      { at: 0 }
    );
    const layout = layoutCascade(m, all);
    expect(layout.layers.map((l) => [l.tier, l.level, l.ids])).toEqual([
      ['business', 0, ['b']],
      ['component', 0, ['c1']],
      ['component', 1, ['c2']],
      ['base', 0, ['x']],
    ]);
    expect(subtreeIds(m, 'c1')).toEqual(new Set(['c1', 'c2', 'x']));
  });
});

describe('pathTo', () => {
  it('walks up through first parents for the breadcrumb', () => {
    expect(pathTo(model, 'fraud.serving.latency_p99')).toEqual([
      'customer_impact',
      'fraud.serving',
      'fraud.serving.latency_p99',
    ]);
    expect(pathTo(model, 'nope')).toEqual([]);
  });
});

describe('pathBetween', () => {
  it('finds the downward path for the breadcrumb of a drill-down', () => {
    expect(pathBetween(model, 'revenue_assurance', 'fraud.drift.amount')).toEqual([
      'revenue_assurance',
      'fraud.drift',
      'fraud.drift.amount',
    ]);
    expect(pathBetween(model, 'fraud.drift', 'fraud.drift')).toEqual(['fraud.drift']);
    expect(pathBetween(model, 'fraud.drift', 'revenue_assurance')).toBeNull();
  });
});
