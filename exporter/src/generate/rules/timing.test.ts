import { MINI_SPEC } from '../../../test/fixtures/miniSpec';
import { buildContext } from '../context';
import { nodeAlertRules } from './nodeAlerts';
import { selfRuleGroup } from './selfAlerts';
import { exporterDownFor, keepFiringFor, noDataFor, nodeFor } from './timing';

describe('no data after start-up', () => {
  // MINI_SPEC: model m has a 30 s window, stale_after 60 s, nodes evaluated every 5 s.
  const ctx = buildContext(MINI_SPEC);

  it('waits for the window to fill and the staleness to pass, not just two evaluations', () => {
    const base = ctx.byId.get('m.drift.x')!;
    expect(nodeFor(base)).toBe(10);
    expect(noDataFor(MINI_SPEC, base)).toBe(30 + 60);
    expect(nodeAlertRules(MINI_SPEC, base).find((r) => r.alert === 'MlhealthNodeNoData')?.for).toBe('1m30s');
  });

  it('takes the widest window beneath a node spanning models', () => {
    expect(noDataFor(MINI_SPEC, ctx.byId.get('revenue')!)).toBe(90);
    const wide = { ...MINI_SPEC, models: MINI_SPEC.models.map((m) => ({ ...m, window: { duration: 600 } })) };
    expect(noDataFor(wide, buildContext(wide).byId.get('revenue')!)).toBe(660);
    const counted = { ...MINI_SPEC, models: MINI_SPEC.models.map((m) => ({ ...m, window: { count: 500 } })) };
    expect(noDataFor(counted, buildContext(counted).byId.get('m.drift.x')!)).toBe(60);
  });
});

describe('the exporter alerts about itself after the platform wait, and data alerts outlast it', () => {
  const ctx = buildContext(MINI_SPEC);
  const base = ctx.byId.get('m.drift.x')!;

  it('waits 2 minutes by default, whatever the evaluation interval', () => {
    expect(exporterDownFor(MINI_SPEC)).toBe(120);
    expect(selfRuleGroup(MINI_SPEC).rules.map((r) => ('for' in r ? r.for : undefined))).toEqual([
      '2m',
      '2m',
      '2m',
      '0s',
    ]);
  });

  it("takes the spec's platform.exporter_down_after, never below two evaluation intervals", () => {
    const slow = { ...MINI_SPEC, platform: { escalation: 'p', exporter_down_after: 300 } };
    expect(exporterDownFor(slow)).toBe(300);
    const tight = {
      ...MINI_SPEC,
      defaults: { ...MINI_SPEC.defaults, evaluation_interval: 90 },
      platform: { escalation: 'p', exporter_down_after: 60 },
    };
    expect(exporterDownFor(tight)).toBe(180);
  });

  it('keeps a firing data alert past the exporter-down wait, so a restart never resolves it', () => {
    expect(keepFiringFor(MINI_SPEC, base)).toBe(120 + 30);
    expect(keepFiringFor(MINI_SPEC, base)).toBeGreaterThan(exporterDownFor(MINI_SPEC));
    const slowNode = { ...base, cadence: 120 };
    expect(keepFiringFor(MINI_SPEC, slowNode)).toBe(120 + 240);
    const slowScrape = { ...MINI_SPEC, defaults: { ...MINI_SPEC.defaults, evaluation_interval: 45 } };
    expect(keepFiringFor(slowScrape, base)).toBe(120 + 90);
  });
});
