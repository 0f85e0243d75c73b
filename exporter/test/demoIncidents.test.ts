/**
 * The demo's incident schedule really moves statuses: ok → warning/critical → ok for drift, latency and
 * missing values, with the clock driven directly (no waiting in real time).
 */
import type { Status } from '../src/spec/status';
import { harness, type Harness } from './support/harness';

function status(h: Harness, id: string): Status {
  const node = h.built.engine.snapshot()?.nodes.find((n) => n.id === id);
  if (node === undefined) throw new Error(`no node ${id}`);
  return node.status;
}

function bad(s: Status): boolean {
  return s === 'warning' || s === 'critical';
}

describe('the built-in demo', () => {
  let h: Harness;
  const seen = new Map<string, Status[]>();
  const watch = [
    'fraud.drift.amount',
    'fraud.drift',
    'revenue_assurance',
    'recs.serving.latency_p99',
    'customer_impact',
    'fraud.data_quality.missing_merchant_category',
    'compliance_exposure',
  ];

  async function until(t: number): Promise<void> {
    while (h.now() - h.built.demo!.startedAt < t) {
      await h.advance(5);
      for (const id of watch) seen.set(id, [...(seen.get(id) ?? []), status(h, id)]);
    }
  }

  beforeAll(async () => {
    h = await harness();
    await until(110);
  }, 60_000);

  it('is all green before the first incident', () => {
    const unhealthy = h.built.engine
      .snapshot()
      ?.nodes.filter((n) => n.status !== 'ok')
      .map((n) => `${n.id} ${n.status}: ${n.reason}`);
    expect(unhealthy).toEqual([]);
  });

  it('turns fraud amount drift red up to revenue assurance after two minutes, and recovers', async () => {
    await until(200);
    expect(status(h, 'fraud.drift.amount')).toBe('critical');
    expect(bad(status(h, 'fraud.drift'))).toBe(true);
    expect(bad(status(h, 'revenue_assurance'))).toBe(true);
    expect(status(h, 'customer_impact')).toBe('ok');
    await until(240);
    expect(status(h, 'fraud.drift.amount')).toBe('ok');
    expect(status(h, 'revenue_assurance')).toBe('ok');
  }, 60_000);

  it('spikes recs latency after four minutes up to customer impact, and recovers', async () => {
    await until(320);
    expect(status(h, 'recs.serving.latency_p99')).toBe('critical');
    expect(bad(status(h, 'customer_impact'))).toBe(true);
    await until(360);
    expect(status(h, 'recs.serving.latency_p99')).toBe('ok');
    expect(status(h, 'customer_impact')).toBe('ok');
  }, 60_000);

  it('blanks merchant_category after six minutes up to compliance exposure, and recovers', async () => {
    await until(440);
    expect(status(h, 'fraud.data_quality.missing_merchant_category')).toBe('critical');
    expect(bad(status(h, 'compliance_exposure'))).toBe(true);
    await until(500);
    expect(status(h, 'fraud.data_quality.missing_merchant_category')).toBe('ok');
    expect(status(h, 'compliance_exposure')).toBe('ok');
    expect(
      h.built.engine
        .snapshot()
        ?.nodes.filter((n) => n.status !== 'ok')
        .map((n) => n.id),
    ).toEqual([]);
  }, 60_000);

  it('went ok → bad → ok on every watched node (unknown only at the very start, before any window filled)', () => {
    for (const id of watch) {
      const statuses = seen.get(id) ?? [];
      const firstBad = statuses.findIndex(bad);
      expect(firstBad).toBeGreaterThan(0);
      expect(statuses.slice(0, firstBad)).toContain('ok');
      expect(statuses.slice(firstBad).some((s) => s === 'ok')).toBe(true);
    }
  });
});

describe('the built-in demo, time-scaled for end-to-end tests', () => {
  it('with --demo-time-scale 10, drift is critical within 25 s of start and latency within 30 s', async () => {
    const h = await harness({ demoTimeScale: 10 });
    await h.advance(25);
    expect(status(h, 'fraud.drift.amount')).toBe('critical');
    expect(status(h, 'revenue_assurance')).toBe('critical');
    await h.advance(5);
    expect(status(h, 'recs.serving.latency_p99')).toBe('critical');
  }, 60_000);
});
