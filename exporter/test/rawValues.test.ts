/**
 * "No endpoint ever returns raw feature values: only statistics leave the exporter" (issue 6), checked
 * on the running demo over real HTTP: events carrying distinctive feature values, an unseen category,
 * ids, a prediction class, a label and a policy name are ingested among the simulator's traffic, the
 * clock runs through the first incident (so status changes write automatic annotations), and then every
 * GET route the app has (found by walking its router, so a route added later is covered or fails this
 * test until it is listed) and the what-if answer are searched for those values.
 *
 * Also pinned: feature values stay inside even when the window holds a single event (no statistic of
 * a feature is a min, max or mean of its values). Event-level fields (confidence, latency) are another
 * matter: see docs/exporter.md, "Load and faults".
 */
import type { Express } from 'express';
import type { Listening } from '../src/server/listen';
import { DEMO_SPEC_PATH } from '../src/main';
import { harness, serve, type Harness } from './support/harness';
import { request, sampleValue } from './support/http';

/** Feature values no statistic equals, written as they were sent and rounded to 2 places. */
const AMOUNT = 12345.678901;
const ACCOUNT_AGE = 8642.135791;
const HOUR = 13.579135;
const TXN_COUNT = 77.123457;
const ATTRIBUTION = 0.5555555123;
const SESSION = 4321.987654;
const NEEDLES = [
  String(AMOUNT),
  AMOUNT.toFixed(2),
  String(ACCOUNT_AGE),
  ACCOUNT_AGE.toFixed(2),
  String(HOUR),
  String(TXN_COUNT),
  String(ATTRIBUTION),
  String(SESSION),
  SESSION.toFixed(2),
  'SECRET',
];

function fraudEvent(i: number): object {
  return {
    id: `SECRET-ID-${i}`,
    features: {
      amount: AMOUNT,
      merchant_category: 'SECRET-CATEGORY',
      country: 'GB',
      hour_of_day: HOUR,
      account_age_days: ACCOUNT_AGE,
      card_present: true,
      txn_count_1h: TXN_COUNT,
    },
    prediction: 'SECRET-CLASS',
    confidence: 0.61,
    latency_seconds: 0.031,
    attributions: { amount: ATTRIBUTION },
  };
}

const RECS_EVENT = {
  id: 'SECRET-ID-R',
  features: {
    session_length_seconds: SESSION,
    items_viewed: 12,
    user_tenure_days: 90,
    device: 'SECRET-DEVICE',
    category_affinity: 0.4,
    price_band: 'mid',
  },
  prediction: 'click',
  confidence: 0.7,
  latency_seconds: 0.05,
};

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
  rawPath?: string;
}

/** Every GET route path of an express 5 app, with the prefix of the router it is mounted on. */
function getRoutes(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: readonly RouterLayer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route !== undefined) {
        if (layer.route.methods.get === true) out.push(prefix + layer.route.path);
      } else if (layer.handle?.stack !== undefined) {
        const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk((app as unknown as { router: { stack: RouterLayer[] } }).router.stack, '');
  return out;
}

async function post(base: string, path: string, body: unknown): Promise<number> {
  return (await request(base, 'POST', path, JSON.stringify(body))).status;
}

/** Each needle found in `text`, with a little context, as `path: needle in …`. */
function findings(path: string, text: string): string[] {
  return NEEDLES.flatMap((needle) => {
    const at = text.indexOf(needle);
    return at < 0 ? [] : [`${path}: ${needle} in …${text.slice(Math.max(0, at - 80), at + 40)}…`];
  });
}

describe('what leaves the exporter', () => {
  let h: Harness;
  let server: Listening;
  let base: string;

  beforeAll(async () => {
    h = await harness();
    server = await serve(h.built.app);
    base = server.url;
    await h.advance(100);
    expect(await post(base, '/api/v1/models/fraud/events', [0, 1, 2, 3, 4].map(fraudEvent))).toBe(202);
    expect(await post(base, '/api/v1/models/recs/events', [RECS_EVENT])).toBe(202);
    expect(
      await post(base, '/api/v1/models/fraud/labels', [{ id: 'SECRET-ID-0', label: 'SECRET-LABEL' }]),
    ).toBe(202);
    const violation = [{ policy: 'SECRET-POLICY', description: 'SECRET-DESCRIPTION' }];
    expect(await post(base, '/api/v1/models/fraud/policy-violations', violation)).toBe(202);
    await h.advance(60);
  }, 60_000);

  afterAll(() => server.close());

  it('finds the GET routes to check by walking the app', () => {
    expect(getRoutes(h.built.app)).toEqual(
      expect.arrayContaining([
        '/',
        '/metrics',
        '/api/v1/cascade',
        '/api/v1/nodes/:id',
        '/api/v1/scenarios',
        '/api/v1/dependencies',
        '/api/v1/annotations',
        '/api/v1/annotations/:id',
        '/preview/',
        '/preview/data.json',
      ]),
    );
  });

  it('answers no raw feature value, category, id, class, label or policy on any GET route', async () => {
    const annotations = (await request(base, 'GET', '/api/v1/annotations')).json as {
      annotations: { id: number }[];
    };
    expect(annotations.annotations.length).toBeGreaterThan(0);
    const params: Record<string, string[]> = {
      '/api/v1/nodes/:id': h.built.loaded.spec.nodes.map((n) => `/api/v1/nodes/${encodeURIComponent(n.id)}`),
      '/api/v1/annotations/:id': annotations.annotations.map((a) => `/api/v1/annotations/${a.id}`),
    };
    const paths = getRoutes(h.built.app).flatMap((route) => {
      if (!route.includes(':')) return [route];
      const expanded = params[route];
      if (expanded === undefined) throw new Error(`no way to call GET ${route}: add it to params`);
      return expanded;
    });
    paths.push('/api/v1/dependencies?format=mermaid', '/api/v1/annotations?format=grafana');
    const found: string[] = [];
    const statuses: string[] = [];
    for (const path of paths) {
      const a = await request(base, 'GET', path);
      if (a.status !== 200 && !(path === '/preview/' && a.status === 503))
        statuses.push(`${path} ${a.status}`);
      found.push(...findings(path, a.text));
    }
    const whatIf = await request(
      base,
      'POST',
      '/api/v1/scenarios',
      JSON.stringify({ named: 'peak_season_drift' }),
    );
    expect(whatIf.status).toBe(200);
    found.push(...findings('POST /api/v1/scenarios', whatIf.text));
    expect(statuses).toEqual([]);
    expect(found).toEqual([]);
    expect(paths.length).toBeGreaterThan(h.built.loaded.spec.nodes.length + 10);
    // the values did reach the statistics: the unseen category is counted, never named
    const metrics = (await request(base, 'GET', '/metrics')).text;
    const unseen =
      'mlhealth_feature_violations_total{model="fraud",feature="merchant_category",kind="unseen_category"}';
    expect(sampleValue(metrics, unseen)).toBeGreaterThanOrEqual(5);
  }, 60_000);
});

it('keeps feature values inside even when the window holds one event', async () => {
  const h = await harness({ specPath: DEMO_SPEC_PATH });
  const server = await serve(h.built.app);
  try {
    await h.advance(5);
    expect(await post(server.url, '/api/v1/models/fraud/events', [fraudEvent(0)])).toBe(202);
    expect(await post(server.url, '/api/v1/models/recs/events', [RECS_EVENT])).toBe(202);
    await h.advance(10);
    const nodes = h.built.loaded.spec.nodes.map((n) => `/api/v1/nodes/${encodeURIComponent(n.id)}`);
    const found: string[] = [];
    for (const path of ['/metrics', '/api/v1/cascade', '/preview/data.json', ...nodes])
      found.push(...findings(path, (await request(server.url, 'GET', path)).text));
    expect(found).toEqual([]);
  } finally {
    await server.close();
  }
}, 60_000);
