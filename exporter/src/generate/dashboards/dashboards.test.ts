import { defaultDashboard, type Dashboard, type Panel, type RowPanel } from '@grafana/schema';
import { buildContext } from '../context';
import { fixtureSpec } from '../__fixtures__/spec';
import { DASHBOARDS } from '../links';
import { generateDashboards } from '.';
import { cascadeTargets } from './cascade';
import type { PromTarget } from './query';

const dashboards = generateDashboards(buildContext(fixtureSpec()));
const all = Object.values(dashboards);

const panelsOf = (d: Dashboard): Panel[] => (d.panels ?? []).filter((p): p is Panel => p.type !== 'row');
const targetsOf = (p: Panel): PromTarget[] => (p.targets ?? []) as PromTarget[];

describe('generated dashboards', () => {
  it('are at the current schemaVersion of @grafana/schema', () => {
    expect(defaultDashboard.schemaVersion).toBeGreaterThanOrEqual(42);
    for (const d of all) expect(d.schemaVersion).toBe(defaultDashboard.schemaVersion);
  });

  it('have the fixed uids and one folder per audience', () => {
    expect(all.map((d) => d.uid)).toEqual([
      DASHBOARDS.executive.uid,
      DASHBOARDS.engineering.uid,
      DASHBOARDS.model.uid,
    ]);
    expect(new Set(Object.values(DASHBOARDS).map((d) => d.folder)).size).toBe(3);
  });

  it('share datasource and environment variables, and link to each other by tag', () => {
    for (const d of all) {
      const names = (d.templating?.list ?? []).map((v) => v.name);
      expect(names.slice(0, 2)).toEqual(['datasource', 'environment']);
      expect(names).toContain('model');
      expect(d.links?.[0]).toMatchObject({
        type: 'dashboards',
        tags: ['mlhealth'],
        includeVars: true,
        keepTime: true,
      });
      expect(d.tags).toEqual(['mlhealth']);
    }
  });

  it('query through the datasource variable and filter every selector on the environment', () => {
    for (const d of all) {
      for (const p of panelsOf(d)) {
        expect(p.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
        for (const t of targetsOf(p)) {
          const selectors = t.expr.match(/[a-zA-Z_:]+\{[^}]*\}/g) ?? [];
          expect(selectors.length).toBeGreaterThan(0);
          for (const s of selectors) expect(s).toMatch(/environment=~"\$environment"/);
        }
      }
    }
  });

  it('give unique panel ids and keep panels inside the 24-column grid', () => {
    for (const d of all) {
      const panels = (d.panels ?? []) as Array<Panel | RowPanel>;
      expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
      for (const p of panels) expect((p.gridPos?.x ?? 0) + (p.gridPos?.w ?? 0)).toBeLessThanOrEqual(24);
    }
  });

  it('put the cascade panel beside core panels (stat, state timeline, time series, heatmap)', () => {
    const types = new Set(all.flatMap((d) => panelsOf(d).map((p) => p.type)));
    for (const t of ['mlhealth-cascade-panel', 'stat', 'state-timeline', 'timeseries', 'heatmap', 'bargauge'])
      expect(types).toContain(t);
    const cascade = panelsOf(dashboards.executive).find((p) => p.type === 'mlhealth-cascade-panel');
    expect(cascade?.options).toMatchObject({ tiers: ['business', 'component'], impactUnit: 'currencyUSD' });
  });

  it('show money at risk per business outcome in the spec currency on the executive view', () => {
    const impact = panelsOf(dashboards.executive).find((p) =>
      targetsOf(p).some((t) =>
        t.expr.includes('mlhealth_business_impact{environment=~"$environment",node="revenue"'),
      ),
    );
    expect(impact?.fieldConfig?.defaults.unit).toBe('currencyUSD');
  });

  it('repeat one panel per base node with its threshold series on the model view', () => {
    const repeated = panelsOf(dashboards.model).find((p) => p.repeat === 'node');
    expect(targetsOf(repeated!).map((t) => t.expr)).toEqual([
      'max by (node) (mlhealth_node_value{environment=~"$environment",node="$node"})',
      'max by (level) (mlhealth_node_threshold{environment=~"$environment",node="$node"})',
    ]);
  });

  it('annotate firing mlhealth alerts from ALERTS', () => {
    for (const d of all) {
      const a = d.annotations?.list?.[0] as unknown as { expr: string };
      expect(a.expr).toBe('ALERTS{environment=~"$environment",alertstate="firing",alertname=~"Mlhealth.*"}');
    }
  });
});

describe('missing data is never green on a dashboard', () => {
  const panelsOf = (d: Dashboard): Panel[] =>
    (d.panels ?? []).flatMap((p) => ('panels' in p ? ((p as RowPanel).panels as Panel[]) : [p as Panel]));
  const current = Object.values(dashboards)
    .flatMap((d) => panelsOf(d as Dashboard))
    .filter((p) => ['stat', 'gauge', 'bargauge'].includes(p.type));

  it('every current-value panel shows Unknown, in the neutral colour, where a series is absent or null', () => {
    expect(current.length).toBeGreaterThan(3);
    for (const p of current) {
      expect({ title: p.title, noValue: p.fieldConfig?.defaults?.noValue }).toEqual({
        title: p.title,
        noValue: '? Unknown',
      });
      const special = (p.fieldConfig?.defaults?.mappings ?? []).find((m) => m.type === 'special');
      expect(special).toMatchObject({
        options: { match: 'null+nan', result: { text: '? Unknown', color: 'text' } },
      });
    }
  });

  it('queries current values only, so a node gone unknown never shows its last healthy value', () => {
    for (const p of current) {
      for (const t of (p.targets ?? []) as PromTarget[])
        expect({ title: p.title, instant: t.instant, range: t.range }).toEqual({
          title: p.title,
          instant: true,
          range: false,
        });
    }
  });
});

describe('the cascade panel queries', () => {
  const exprs = (targets: PromTarget[]) => targets.map((t) => t.expr);

  it('ask for the classifier feature shares only when the spec has a classifier node', () => {
    const share = 'mlhealth_multivariate_feature_share';
    expect(exprs(cascadeTargets(true, false)).some((e) => e.includes(share))).toBe(false);
    expect(exprs(cascadeTargets(false, true)).filter((e) => e.includes(share))).toHaveLength(1);
    const spec = fixtureSpec();
    const base = spec.nodes.find((n) => n.tier === 'base' && n.model !== undefined)!;
    const classifier = {
      ...base,
      signal: { kind: 'multivariate_drift' as const, method: 'classifier' as const },
    };
    const withClassifier = { ...spec, nodes: spec.nodes.map((n) => (n === base ? classifier : n)) };
    const cascadeExprs = (s: typeof spec) =>
      Object.values(generateDashboards(buildContext(s)))
        .flatMap(panelsOf)
        .filter((p) => p.type === 'mlhealth-cascade-panel')
        .flatMap((p) => exprs(targetsOf(p)));
    expect(cascadeExprs(spec).some((e) => e.includes(share))).toBe(false);
    expect(cascadeExprs(withClassifier).some((e) => e.includes(share))).toBe(true);
  });
});
