import { MINI_SPEC } from '../../../test/fixtures/miniSpec';
import { buildContext } from '../context';
import { nodeAlertRules } from './nodeAlerts';
import { noDataFor, nodeFor } from './timing';

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
