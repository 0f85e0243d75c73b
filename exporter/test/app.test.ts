/**
 * The HTTP app over real loopback HTTP, on the demo spec without the simulator: every route, and every
 * bad input answered with a 4xx `{error, details:[{path, message}]}` naming what and where.
 */
import type { Listening } from '../src/server/listen';
import { DEMO_SPEC_PATH } from '../src/main';
import { harness, serve, type Harness } from './support/harness';
import { errorOf, request, sampleValue } from './support/http';

const EVENT = {
  id: 'e1',
  features: {
    amount: 42.5,
    merchant_category: 'grocery',
    country: 'US',
    hour_of_day: 13,
    account_age_days: 300,
    card_present: true,
    txn_count_1h: 1,
  },
  prediction: 'legit',
  confidence: 0.93,
  latency_seconds: 0.021,
  error: false,
};

function events(n: number, patch: Record<string, unknown> = {}): string {
  return JSON.stringify(Array.from({ length: n }, (_, i) => ({ ...EVENT, id: `e${i}`, ...patch })));
}

describe('createApp over HTTP', () => {
  let h: Harness;
  let server: Listening;
  let base: string;

  beforeAll(async () => {
    h = await harness({ specPath: DEMO_SPEC_PATH, maxBodyBytes: 64 * 1024, maxBatchEvents: 50 });
    server = await serve(h.built.app);
    base = server.url;
  });
  afterAll(() => server.close());

  async function metrics(): Promise<string> {
    return (await request(base, 'GET', '/metrics')).text;
  }

  describe('read routes', () => {
    it('answers health, readiness and an index of endpoints', async () => {
      expect((await request(base, 'GET', '/healthz')).json).toEqual({ status: 'ok' });
      expect((await request(base, 'GET', '/readyz')).status).toBe(200);
      const index = (await request(base, 'GET', '/')).json as { endpoints: string[] };
      expect(index.endpoints).toContain('GET  /metrics');
    });

    it('serves /metrics in the Prometheus text format', async () => {
      const a = await request(base, 'GET', '/metrics');
      expect(a.status).toBe(200);
      expect(a.contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(a.text).toContain('mlhealth_up 1');
      expect(a.text).toContain(
        `mlhealth_spec_info{name="mlhealth-demo",version="1.0.0",sha256="${h.built.loaded.sha256}"} 1`,
      );
      expect(a.text).toMatch(/mlhealth_node_status\{node="revenue_assurance",tier="business",model=""\} 3/);
    });

    it('serves the whole cascade as JSON', async () => {
      const a = await request(base, 'GET', '/api/v1/cascade');
      const json = a.json as {
        spec: { sha256: string };
        nodes: { id: string; status: string }[];
        edges: unknown[];
      };
      expect(json.spec.sha256).toBe(h.built.loaded.sha256);
      expect(json.nodes).toHaveLength(h.built.loaded.spec.nodes.length);
      expect(json.edges.length).toBeGreaterThan(40);
      expect(json.nodes.find((n) => n.id === 'fraud.serving.freshness')?.status).toBe('unknown');
    });

    it('serves one node with lineage down to the feature, escalation and history', async () => {
      const a = await request(base, 'GET', '/api/v1/nodes/revenue_assurance');
      const json = a.json as {
        lineage: unknown;
        escalation: { team: { id: string } };
        history: unknown[];
        definition: { impact: unknown };
      };
      expect(JSON.stringify(json.lineage)).toContain('"feature":"amount"');
      expect(json.escalation.team.id).toBe('leadership');
      expect(json.history.length).toBeGreaterThanOrEqual(1);
      expect(json.definition.impact).toMatchObject({ measure: 'revenue_at_risk' });
      expect((a.json as { explanation: string }).explanation).toMatch(/^revenue_assurance → unknown/);
    });

    it('answers 404 with details for an unknown node and an unknown route', async () => {
      const a = await request(base, 'GET', '/api/v1/nodes/nope');
      expect(a.status).toBe(404);
      expect(errorOf(a).details[0]).toMatchObject({ path: ':id' });
      const b = await request(base, 'GET', '/api/v2/whatever');
      expect(b.status).toBe(404);
      expect(errorOf(b).error).toBe('not found');
    });
  });

  describe('ingest', () => {
    it('accepts a JSON array with 202 and counts it', async () => {
      const before = sampleValue(await metrics(), 'mlhealth_ingest_events_total{model="fraud"}') ?? 0;
      const a = await request(base, 'POST', '/api/v1/models/fraud/events', events(3));
      expect(a.status).toBe(202);
      expect(a.json).toMatchObject({ model: 'fraud', accepted: 3 });
      expect(sampleValue(await metrics(), 'mlhealth_ingest_events_total{model="fraud"}')).toBe(before + 3);
    });

    it('takes a single event object as a one-event batch', async () => {
      const a = await request(base, 'POST', '/api/v1/models/fraud/events', JSON.stringify(EVENT));
      expect(a.status).toBe(202);
      expect(a.json).toMatchObject({ accepted: 1 });
    });

    it('accepts NDJSON by content type', async () => {
      const body = [EVENT, { ...EVENT, id: 'n2' }].map((e) => JSON.stringify(e)).join('\n') + '\n';
      const a = await request(base, 'POST', '/api/v1/models/fraud/events', body, 'application/x-ndjson');
      expect(a.status).toBe(202);
      expect(a.json).toMatchObject({ accepted: 2 });
    });

    it('measures an out-of-range value and an unseen category as schema violations, accepting the event', async () => {
      const a = await request(
        base,
        'POST',
        '/api/v1/models/fraud/events',
        events(1, { features: { ...EVENT.features, amount: 25_000, country: 'XX' } }),
      );
      expect(a.status).toBe(202);
      h.built.engine.evaluateAll(h.now());
      const text = await metrics();
      expect(
        sampleValue(text, 'mlhealth_feature_violations_total{model="fraud",feature="amount",kind="range"}'),
      ).toBe(1);
      expect(
        sampleValue(
          text,
          'mlhealth_feature_violations_total{model="fraud",feature="country",kind="unseen_category"}',
        ),
      ).toBe(1);
    });
  });

  describe('bad input', () => {
    const cases: {
      name: string;
      body: string;
      type?: string;
      status: number;
      path: string;
      message: RegExp;
      reason?: string;
    }[] = [
      {
        name: 'malformed JSON',
        body: '[{"features": ',
        status: 400,
        path: '$',
        message: /invalid JSON/,
        reason: 'malformed',
      },
      {
        name: 'a bad NDJSON line',
        body: `${JSON.stringify(EVENT)}\n{oops\n`,
        type: 'application/x-ndjson',
        status: 400,
        path: '[1]',
        message: /line 2/,
        reason: 'malformed',
      },
      {
        name: 'a number instead of events',
        body: '42',
        status: 422,
        path: '[0]',
        message: /event must be an object/,
        reason: 'malformed',
      },
      {
        name: 'a wrong type (confidence as text)',
        body: events(1, { confidence: 'high' }),
        status: 422,
        path: '[0].confidence',
        message: /number/,
        reason: 'invalid_field',
      },
      {
        name: 'features that are not an object',
        body: events(1, { features: 'amount=3' }),
        status: 422,
        path: '[0].features',
        message: /object/,
        reason: 'malformed',
      },
      {
        name: 'an unknown feature',
        body: events(1, { features: { ...EVENT.features, colour: 'red' } }),
        status: 422,
        path: '[0].features.colour',
        message: /no feature "colour"/,
        reason: 'unknown_feature',
      },
      {
        name: 'a mistyped feature value (type_mismatch: reject, the default)',
        body: events(1, { features: { ...EVENT.features, amount: 'lots' } }),
        status: 422,
        path: '[0].features.amount',
        message: /^amount is a numeric feature: expected a number, got the string "lots"$/,
        reason: 'type',
      },
      {
        name: 'an unknown field',
        body: events(1, { colour: 'red' }),
        status: 422,
        path: '[0].colour',
        message: /unknown field/,
        reason: 'invalid_field',
      },
      {
        name: 'confidence above 1',
        body: events(1, { confidence: 1.5 }),
        status: 422,
        path: '[0].confidence',
        message: /0\.\.1/,
        reason: 'confidence_range',
      },
      {
        name: 'negative latency',
        body: events(1, { latency_seconds: -0.2 }),
        status: 422,
        path: '[0].latency_seconds',
        message: /≥ 0/,
        reason: 'negative_latency',
      },
      {
        name: 'a bare NaN',
        body: '[{"features": {}, "confidence": NaN}]',
        status: 400,
        path: '$',
        message: /NaN and Infinity are not JSON/,
        reason: 'non_finite',
      },
      {
        name: 'Infinity spelled as text',
        body: events(1, { latency_seconds: 'Infinity' }),
        status: 422,
        path: '[0].latency_seconds',
        message: /finite/,
        reason: 'non_finite',
      },
      {
        name: 'a number that overflows to Infinity',
        body: '[{"features": {}, "confidence": 1e999}]',
        status: 422,
        path: '[0].confidence',
        message: /finite/,
        reason: 'non_finite',
      },
      {
        name: 'a batch over the event limit',
        body: events(51),
        status: 413,
        path: '$',
        message: /51 events, limit 50/,
        reason: 'too_many_events',
      },
      { name: 'an empty body', body: '', status: 400, path: '$', message: /empty body/ },
      {
        name: 'a form post',
        body: 'a=1',
        type: 'application/x-www-form-urlencoded',
        status: 415,
        path: 'Content-Type',
        message: /expected application\/json/,
      },
    ];

    it.each(cases)('refuses $name', async (c) => {
      const series = `mlhealth_ingest_rejected_events_total{model="fraud",reason="${c.reason}"}`;
      const rejectedBefore = sampleValue(await metrics(), series) ?? 0;
      const a = await request(base, 'POST', '/api/v1/models/fraud/events', c.body, c.type);
      expect(a.status).toBe(c.status);
      const body = errorOf(a);
      expect(typeof body.error).toBe('string');
      expect(body.details[0].path).toBe(c.path);
      expect(body.details[0].message).toMatch(c.message);
      if (c.reason !== undefined)
        expect(sampleValue(await metrics(), series)).toBeGreaterThan(rejectedBefore);
    });

    it('refuses an oversized body with 413 before reading it', async () => {
      const a = await request(
        base,
        'POST',
        '/api/v1/models/fraud/events',
        JSON.stringify([{ features: { country: 'x'.repeat(70 * 1024) } }]),
      );
      expect(a.status).toBe(413);
      expect(errorOf(a).details[0].message).toMatch(/limit is 65536 bytes/);
    });

    it('refuses an unknown model with 404 and lists the known ones', async () => {
      const a = await request(base, 'POST', '/api/v1/models/churn/events', events(1));
      expect(a.status).toBe(404);
      expect(errorOf(a).details[0]).toEqual({
        path: ':model',
        message: "no model 'churn' in the spec (models: fraud, recs)",
      });
    });

    it('applies a batch whole or not at all', async () => {
      h.built.engine.evaluateAll(h.now());
      const before = await metrics();
      const mixed = JSON.stringify([EVENT, { ...EVENT, id: 'bad', confidence: 2 }, { ...EVENT, id: 'ok2' }]);
      const a = await request(base, 'POST', '/api/v1/models/fraud/events', mixed);
      expect(a.status).toBe(422);
      expect(errorOf(a).details).toEqual([
        { path: '[1].confidence', message: 'confidence must be within 0..1, got 2' },
      ]);
      h.built.engine.evaluateAll(h.now());
      const after = await metrics();
      for (const series of [
        'mlhealth_ingest_events_total{model="fraud"}',
        'mlhealth_predictions_total{model="fraud"}',
      ]) {
        expect(sampleValue(after, series)).toBe(sampleValue(before, series) ?? 0);
      }
    });
  });

  describe('labels, reference, governance, policy violations', () => {
    it('joins labels to earlier predictions by id', async () => {
      await request(base, 'POST', '/api/v1/models/fraud/events', JSON.stringify([{ ...EVENT, id: 'lab-1' }]));
      const a = await request(
        base,
        'POST',
        '/api/v1/models/fraud/labels',
        JSON.stringify([
          { id: 'lab-1', label: 'legit' },
          { id: 'never', label: 'fraud' },
        ]),
      );
      expect(a.status).toBe(202);
      expect(a.json).toMatchObject({ joined: 1, unmatched: 1 });
      const bad = await request(base, 'POST', '/api/v1/models/fraud/labels', JSON.stringify([{ id: 'x' }]));
      expect(bad.status).toBe(422);
      expect(errorOf(bad).details[0]).toEqual({ path: '[0].label', message: 'label is required' });
    });

    it('replaces the reference with uploaded rows', async () => {
      const rows = Array.from({ length: 40 }, (_, i) => ({
        session_length_seconds: 100 + i,
        items_viewed: i % 9,
        device: 'web',
        prediction: 'skip',
        confidence: 0.7,
      }));
      const a = await request(base, 'PUT', '/api/v1/models/recs/reference', JSON.stringify(rows));
      expect(a.status).toBe(200);
      expect(a.json).toMatchObject({ model: 'recs', rows: 40, taken_at: h.now() });
      const empty = await request(base, 'PUT', '/api/v1/models/recs/reference', '[]');
      expect(empty.status).toBe(422);
      expect(errorOf(empty).details[0]).toEqual({ path: '$', message: 'reference has no rows' });
    });

    it('sets governance facts and exposes them', async () => {
      const a = await request(
        base,
        'PUT',
        '/api/v1/models/fraud/governance',
        JSON.stringify({ version: '4.0.0', trained_at: '2023-11-01T00:00:00Z' }),
      );
      expect(a.status).toBe(200);
      expect(a.json).toEqual({ model: 'fraud', version: '4.0.0', trained_at: 1698796800 });
      h.built.engine.evaluateAll(h.now());
      const text = await metrics();
      expect(text).toContain('mlhealth_model_info{model="fraud",version="4.0.0"} 1');
      expect(sampleValue(text, 'mlhealth_model_trained_timestamp_seconds{model="fraud"}')).toBe(1698796800);
      const bad = await request(
        base,
        'PUT',
        '/api/v1/models/fraud/governance',
        JSON.stringify({ trained_at: 'last tuesday', owner: 'me' }),
      );
      expect(bad.status).toBe(422);
      expect(
        errorOf(bad)
          .details.map((d) => d.path)
          .sort(),
      ).toEqual(['owner', 'trained_at']);
    });

    it('records policy violations into the governance node', async () => {
      const a = await request(
        base,
        'POST',
        '/api/v1/models/fraud/policy-violations',
        JSON.stringify([{ policy: 'pii-in-features', description: 'raw card number' }]),
      );
      expect(a.status).toBe(202);
      expect(a.json).toEqual({ model: 'fraud', recorded: 1 });
      h.built.engine.evaluateAll(h.now());
      const node = h.built.engine.snapshot()?.nodes.find((n) => n.id === 'fraud.governance.policy');
      expect(node?.value).toBe(1);
      expect(node?.status).toBe('warning');
      const bad = await request(
        base,
        'POST',
        '/api/v1/models/fraud/policy-violations',
        JSON.stringify([{ policy: 7 }]),
      );
      expect(bad.status).toBe(422);
      expect(errorOf(bad).details[0].path).toBe('[0].policy');
    });
  });
});
