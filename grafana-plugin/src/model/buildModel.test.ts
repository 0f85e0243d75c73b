import { FieldType, toDataFrame } from '@grafana/data';
import { buildCascadeModel } from './buildModel';
import { DEMO_END_MS, DEMO_END_SECONDS, demoFrames, demoQueries } from '../testing/demoFrames';
import { promQueriesToFrames } from '../testing/prometheusFrames';

const statusOf = (m: ReturnType<typeof buildCascadeModel>, id: string) => m.byId.get(id)?.status;

describe('buildCascadeModel on the demo frames', () => {
  const model = buildCascadeModel(demoFrames(), { at: DEMO_END_MS });

  it('finds every node of every tier', () => {
    expect(model.nodes).toHaveLength(24);
    const tiers = model.nodes.reduce<Record<string, number>>(
      (acc, n) => ({ ...acc, [n.tier]: (acc[n.tier] ?? 0) + 1 }),
      {}
    );
    expect(tiers).toEqual({ business: 4, component: 7, base: 13 });
  });

  it('reads one business outcome in each status', () => {
    expect(statusOf(model, 'revenue_assurance')).toBe('critical');
    expect(statusOf(model, 'customer_impact')).toBe('warning');
    expect(statusOf(model, 'compliance_exposure')).toBe('ok');
    expect(statusOf(model, 'partner_sla')).toBe('unknown');
  });

  it('shows a node whose status series went stale as unknown, never green', () => {
    const stale = model.byId.get('recs.serving.latency_p99')!;
    expect(stale.status).toBe('unknown');
    expect(stale.statusSource).toBe('no-current-sample');
    expect(stale.score).toBeNull();
  });

  it('shows a node with status 3 and no score sample as unknown', () => {
    const n = model.byId.get('recs.serving')!;
    expect([n.status, n.statusSource, n.score]).toEqual(['unknown', 'series', null]);
  });

  it('never shows a score on an unknown node, even when a score series has one', () => {
    const advisory = {
      refId: 'ADVISORY',
      expr: 'mlhealth_node_score',
      response: {
        status: 'success',
        data: {
          resultType: 'matrix' as const,
          result: [
            {
              metric: { __name__: 'mlhealth_node_score', node: 'partner_sla', tier: 'business', model: '' },
              values: [[DEMO_END_SECONDS, '0.93']] as Array<[number, string]>,
            },
          ],
        },
      },
    };
    const m = buildCascadeModel(promQueriesToFrames([...demoQueries(), advisory]), { at: DEMO_END_MS });
    const n = m.byId.get('partner_sla')!;
    expect([n.status, n.score]).toEqual(['unknown', null]);
    expect(m.byId.get('compliance_exposure')?.score).not.toBeNull();
  });

  it('shows a node with no status series as unknown and says so', () => {
    const n = model.byId.get('governance.audit_trail')!;
    expect([n.status, n.statusSource]).toEqual(['unknown', 'no-status-series']);
    expect(model.notices.map((x) => x.text)).toContain(
      '1 node has no mlhealth_node_status series and shows as unknown.'
    );
  });

  it('keeps the DAG: a node may have several parents', () => {
    expect(model.byId.get('fraud.serving')!.parents).toEqual(['customer_impact', 'revenue_assurance']);
    expect(model.edges).toHaveLength(20);
  });

  it('reads score, value, unit, thresholds, owner, runbook and last update', () => {
    const n = model.byId.get('fraud.drift.amount')!;
    expect(n.score).toBeCloseTo(0.35, 10);
    expect(n.value).toBeCloseTo(0.31, 10);
    expect(n.thresholds).toEqual({ warning: 0.1, critical: 0.25 });
    expect([n.title, n.unit, n.owner, n.model]).toEqual(['Amount drift (PSI)', 'none', 'fraud-ml', 'fraud']);
    expect(n.runbookUrl).toBe('https://runbooks.example.com/mlhealth/fraud.drift.amount');
    expect(n.lastUpdate).toBe(DEMO_END_MS / 1000 - 7);
    expect(n.scoreHistory.times).toHaveLength(60);
  });

  it('explains a red parent: contributions sorted, summing to 1', () => {
    const c = model.byId.get('fraud.drift')!.contributions;
    expect(c[0].child).toBe('fraud.drift.amount');
    expect(c.reduce((a, x) => a + x.share, 0)).toBeCloseTo(1, 10);
  });

  it('totals the money at risk, counting business nodes with no current impact', () => {
    expect(model.impactTotals).toHaveLength(1);
    const t = model.impactTotals[0];
    expect(t.measure).toBe('revenue_at_risk');
    expect(t.missing).toBe(1);
    expect(t.total).toBeCloseTo(120000 * 0.3 * 0.65 + 40000 * 0.2 * 0.34 + 25000 * 0.5 * 0.1, 6);
    expect(t.exposure).toBe(203000);
  });

  it('reads drift series per model, feature and method', () => {
    expect(model.drift).toHaveLength(12);
    expect(model.drift.filter((d) => d.model === 'fraud' && d.feature === 'amount').map((d) => d.method)).toEqual([
      'ks',
      'psi',
    ]);
  });

  it('offers the sample times as cursor steps', () => {
    expect(model.times).toHaveLength(60);
    expect(model.times[59]).toBe(DEMO_END_MS);
  });
});

describe('buildCascadeModel degrades gracefully', () => {
  it('shows the cascade as it was at an earlier moment (time cursor)', () => {
    const early = buildCascadeModel(demoFrames(), { at: DEMO_END_MS - 50 * 60_000 });
    expect(statusOf(early, 'revenue_assurance')).toBe('ok');
    expect(statusOf(early, 'partner_sla')).toBe('ok');
    expect(statusOf(early, 'recs.serving.latency_p99')).toBe('ok');
  });

  it('turns everything unknown once the data is older than two steps (exporter down)', () => {
    const later = buildCascadeModel(demoFrames(), { at: DEMO_END_MS + 3 * 60_000 });
    expect(later.nodes.every((n) => n.status === 'unknown')).toBe(true);
  });

  it('gives the same cascade from table frames as from time series frames', () => {
    const fromTables = buildCascadeModel(demoFrames('table'), { at: DEMO_END_MS });
    const fromSeries = buildCascadeModel(demoFrames('time_series'), { at: DEMO_END_MS });
    const view = (m: typeof fromTables) => m.nodes.map((n) => [n.id, n.tier, n.status, n.score, n.value, n.parents]);
    expect(view(fromTables)).toEqual(view(fromSeries));
  });

  it('lists nodes without edges flat and says why', () => {
    const frames = demoFrames().filter((f) => f.refId !== 'E');
    const m = buildCascadeModel(frames, { at: DEMO_END_MS });
    expect(m.edges).toEqual([]);
    expect(m.nodes).toHaveLength(24);
    expect(m.notices[0].text).toMatch(/No mlhealth_edge_weight series/);
  });

  it('says what to query when no contract series arrived', () => {
    const other = toDataFrame({
      fields: [
        { name: 'Time', type: FieldType.time, values: [1] },
        { name: 'Value', type: FieldType.number, values: [1], labels: { __name__: 'up' } },
      ],
    });
    const m = buildCascadeModel([other], { at: 1 });
    expect(m.nodes).toEqual([]);
    expect(m.notices[0].text).toMatch(/No mlhealth_\* series/);
  });

  it('infers the tier of a node known only from edges', () => {
    const edge = (parent: string, child: string) =>
      toDataFrame({
        fields: [
          { name: 'Time', type: FieldType.time, values: [1000] },
          {
            name: 'Value',
            type: FieldType.number,
            values: [1],
            labels: { __name__: 'mlhealth_edge_weight', parent, child },
          },
        ],
      });
    const m = buildCascadeModel([edge('top', 'mid'), edge('mid', 'leaf')], { at: 1000 });
    expect(m.nodes.map((n) => [n.id, n.tier, n.status])).toEqual([
      ['leaf', 'base', 'unknown'],
      ['mid', 'component', 'unknown'],
      ['top', 'business', 'unknown'],
    ]);
  });
});

describe('a time range without data', () => {
  it('says so instead of turning every node unknown silently, and prices nothing as 0', () => {
    const later = buildCascadeModel(demoFrames(), { at: DEMO_END_MS + 24 * 3600_000 });
    expect(later.nodes.every((n) => n.status === 'unknown')).toBe(true);
    expect(later.notices.map((n) => n.text)).toContain(
      'No mlhealth_node_status sample is current at this time: every node shows unknown and no amount at risk is known. Widen the time range, or check that Prometheus still scrapes the exporter.'
    );
    expect(later.impactTotals.map((t) => [t.known, t.missing])).toEqual([[0, 4]]);
    const live = buildCascadeModel(demoFrames(), { at: DEMO_END_MS });
    expect(live.notices.map((n) => n.text).join()).not.toContain('No mlhealth_node_status sample is current');
    expect(live.impactTotals[0].known).toBeGreaterThan(0);
  });
});
