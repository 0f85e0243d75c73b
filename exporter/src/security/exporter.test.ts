/**
 * The security layer wired into the real exporter (buildExporter on the demo spec, real HTTP on
 * loopback): unauthenticated and wrong-token writes are refused and nothing is stored (the ingest
 * counters do not move), a read token cannot write, an ingest token cannot do admin, and no endpoint
 * answers a raw feature value that was ingested.
 */
import { UsageError, type CliIO } from '../cli/io';
import { DEMO_SPEC_PATH } from '../main';
import { runExporter } from '../cli/serve/run';
import type { Listening } from '../server/listen';
import { harness, serve, type Harness } from '../../test/support/harness';
import { DEFAULT_RESOURCE_LIMITS } from '../ingest/limits';
import { bearer, send } from './__fixtures__/request';

const INGEST = 'ingest-token-0123456789abcdef';
const READ = 'read-token-0123456789abcdef';
const ADMIN = 'admin-token-0123456789abcdef';
/** Raw values no answer may contain: a category nobody else uses, an amount no statistic equals. */
const SECRET_CATEGORY = 'zz-secret-merchant-7f3a';
const SECRET_AMOUNT = 98765.4321;
const EVENT = {
  features: {
    amount: SECRET_AMOUNT,
    merchant_category: SECRET_CATEGORY,
    country: 'US',
    hour_of_day: 13,
    account_age_days: 300,
    card_present: true,
    txn_count_1h: 1,
  },
  prediction: 'legit',
  confidence: 0.93,
  latency_seconds: 0.021,
};

let h: Harness;
let server: Listening;
let base: string;

beforeAll(async () => {
  h = await harness({
    specPath: DEMO_SPEC_PATH,
    security: { insecure: false, rateLimit: null, limits: DEFAULT_RESOURCE_LIMITS },
    env: { MLHEALTH_INGEST_TOKEN: INGEST, MLHEALTH_READ_TOKEN: READ, MLHEALTH_ADMIN_TOKEN: ADMIN },
  });
  server = await serve(h.built.app);
  base = server.url;
});

afterAll(() => server.close());

const accepted = () => h.built.ingest.totals().accepted.get('fraud') ?? 0;
const postEvents = (headers: Record<string, string>, n = 3) =>
  send(`${base}/api/v1/models/fraud/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(Array.from({ length: n }, () => EVENT)),
  });
const putReference = (headers: Record<string, string>) =>
  send(`${base}/api/v1/models/fraud/reference`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify([EVENT.features]),
  });

test('an unauthenticated write is 401 and stores nothing', async () => {
  const before = accepted();
  const res = await postEvents({});
  expect(res.status).toBe(401);
  expect(res.headers['www-authenticate']).toBe('Bearer realm="mlhealth"');
  expect(accepted()).toBe(before);
});

test('a wrong token is 401 and stores nothing', async () => {
  const before = accepted();
  expect((await postEvents(bearer('wrong-token-0123456789abcdef'))).status).toBe(401);
  expect(accepted()).toBe(before);
});

test('a read token cannot write; an ingest token cannot replace the reference', async () => {
  const before = accepted();
  expect((await postEvents(bearer(READ))).status).toBe(403);
  expect(accepted()).toBe(before);
  const reference = await putReference(bearer(INGEST));
  expect(reference.status).toBe(403);
  expect(JSON.parse(reference.body).details[0].message).toBe(
    'token MLHEALTH_INGEST_TOKEN has scopes [ingest]; PUT /api/v1/models/fraud/reference needs admin',
  );
});

test('the ingest token writes; the admin token may do both', async () => {
  const before = accepted();
  expect((await postEvents(bearer(INGEST))).status).toBe(202);
  expect((await postEvents(bearer(ADMIN), 2)).status).toBe(202);
  expect(accepted()).toBe(before + 5);
});

test('reads are protected (a read token exists): /metrics needs it', async () => {
  expect((await send(`${base}/metrics`)).status).toBe(401);
  expect((await send(`${base}/metrics`, { headers: bearer(INGEST) })).status).toBe(403);
  const metrics = await send(`${base}/metrics`, { headers: bearer(READ) });
  expect(metrics.status).toBe(200);
  expect(metrics.body).toContain('mlhealth_up');
  expect((await send(`${base}/healthz`)).status).toBe(200);
});

test('no endpoint answers a raw feature value that was ingested', async () => {
  await h.advance(5);
  const nodes = h.built.loaded.spec.nodes.map((n) => `/api/v1/nodes/${encodeURIComponent(n.id)}`);
  const paths = [
    '/',
    '/metrics',
    '/api/v1/cascade',
    '/api/v1/dependencies',
    '/api/v1/scenarios',
    '/api/v1/annotations',
    '/preview/data.json',
    ...nodes,
  ];
  const answers = await Promise.all(paths.map((p) => send(`${base}${p}`, { headers: bearer(READ) })));
  answers.forEach((a, i) => {
    expect([paths[i], a.status]).toEqual([paths[i], 200]);
    expect(a.body).not.toContain(SECRET_CATEGORY);
    expect(a.body).not.toContain(String(SECRET_AMOUNT));
  });
  // the events were counted, so the statistics did see them
  expect(accepted()).toBeGreaterThanOrEqual(5);
});

describe('the command line', () => {
  const io = (out: string[]): CliIO => ({
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    cwd: process.cwd(),
    env: {},
  });

  test('refuses a non-loopback address without a token, naming --insecure, before listening', async () => {
    const out: string[] = [];
    await expect(runExporter(['--listen', '0.0.0.0:0'], io(out))).rejects.toThrow(UsageError);
    await expect(runExporter(['--listen', '0.0.0.0:0'], io(out))).rejects.toThrow(
      /refusing to listen on 0\.0\.0\.0 .*--insecure/,
    );
  });

  test('a bad token file fails start-up with every problem', async () => {
    await expect(runExporter(['--token-file', '/nonexistent/tokens.yaml'], io([]))).rejects.toThrow(
      "invalid security configuration:\n  --token-file /nonexistent/tokens.yaml: cannot read: ENOENT: no such file or directory, open '/nonexistent/tokens.yaml'",
    );
  });

  test('--help lists the security flags', async () => {
    const out: string[] = [];
    expect(await runExporter(['--help'], io(out))).toBe(0);
    expect(out.join('')).toContain('--web.config.file FILE');
  });
});
