/**
 * A full disk is visible: with the store capped (`storeMaxBytes`, SQLite's max_page_count, which fails
 * writes exactly as a full disk does: SQLITE_FULL), writes past the cap answer 507 naming the cause and
 * apply nothing, `/readyz` fails, `/metrics` says `mlhealth_store_up 0` with the failed writes counted,
 * and the generated rules alert on it. The real exporter on 127.0.0.1 with a real SQLite store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_SPEC_PATH } from '../src/main';
import { generateRules } from '../src/generate/rules';
import { buildContext } from '../src/generate/context';
import type { Listening } from '../src/server/listen';
import { harness, serve, type Harness } from './support/harness';
import { errorOf, request, sampleValue } from './support/http';

const batch = (n: number, at: number) =>
  JSON.stringify(
    Array.from({ length: n }, (_, i) => ({
      id: `e${at}-${i}`,
      features: { amount: 100 + i, country: 'DE', merchant_category: 'grocery', hour_of_day: 12 },
      prediction: 'legit',
      confidence: 0.9,
      latency_seconds: 0.01,
    })),
  );

describe('a full store is visible and refuses writes whole', () => {
  let h: Harness;
  let server: Listening;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mlhealth-full-'));
    h = await harness({ specPath: DEMO_SPEC_PATH, dataDir: join(dir, 'data'), storeMaxBytes: 1024 * 1024 });
    server = await serve(h.built.app);
  });
  afterAll(async () => {
    await server.close();
    try {
      h.built.durable.close(h.now());
    } catch {
      // closing writes a checkpoint, which a full store refuses
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 507 once the store is full, applies nothing, fails /readyz and says so on /metrics', async () => {
    h.built.engine.evaluateAll(h.now());
    let full: Awaited<ReturnType<typeof request>> | undefined;
    for (let i = 0; i < 200 && full === undefined; i++) {
      const a = await request(server.url, 'POST', '/api/v1/models/fraud/events', batch(500, i));
      if (a.status === 507) full = a;
      else expect(a.status).toBe(202);
    }
    if (full === undefined) throw new Error('the capped store never filled up');
    expect(errorOf(full)).toEqual({
      error: 'the store cannot take writes',
      details: [
        {
          path: '',
          message: expect.stringMatching(
            /is full \(or the store reached its size cap\): nothing was applied$/,
          ),
        },
      ],
    });
    const before = await request(server.url, 'GET', '/metrics');
    const accepted = sampleValue(before.text, 'mlhealth_ingest_events_total{model="fraud"}');
    const again = await request(server.url, 'POST', '/api/v1/models/fraud/events', batch(500, 999));
    expect(again.status).toBe(507);
    const after = await request(server.url, 'GET', '/metrics');
    expect(sampleValue(after.text, 'mlhealth_ingest_events_total{model="fraud"}')).toBe(accepted);
    expect(sampleValue(after.text, 'mlhealth_store_up')).toBe(0);
    expect(
      sampleValue(after.text, 'mlhealth_store_write_errors_total{cause="disk_full"}'),
    ).toBeGreaterThanOrEqual(2);
    const ready = await request(server.url, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect((ready.json as { error: string }).error).toBe(
      'the store cannot take writes (mlhealth_store_up 0)',
    );
  });

  it('has a generated alert for it', () => {
    const { groups } = generateRules(buildContext(h.built.loaded.spec));
    const rule = groups
      .flatMap((g) => g.rules)
      .find((r) => 'alert' in r && r.alert === 'MlhealthStoreWriteFailing');
    expect(rule).toMatchObject({ expr: 'mlhealth_store_up == 0', labels: { severity: 'critical' } });
  });
});
