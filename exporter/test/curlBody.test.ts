/**
 * `curl -d` against the real exporter: curl labels every `-d` body `application/x-www-form-urlencoded`,
 * so the JSON write routes accept such a body when it is valid JSON (server/body.ts) and answer 415
 * naming the accepted types otherwise. Runs the real curl binary over loopback.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Listening } from '../src/server/listen';
import { DEMO_SPEC_PATH } from '../src/main';
import { harness, serve, type Harness } from './support/harness';
import { sampleValue } from './support/http';

const EVENT = {
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
};

/**
 * `curl -s -d BODY URL` (no content-type header of our own), with the status on the last line. Run
 * asynchronously: the exporter answers from this very process.
 */
async function curlPost(url: string, body: string): Promise<{ status: number; json: unknown }> {
  const { stdout } = await promisify(execFile)(
    'curl',
    ['-s', '-S', '-w', '\n%{http_code}', '-d', body, url],
    {
      encoding: 'utf8',
      timeout: 10_000,
    },
  );
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), json: JSON.parse(stdout.slice(0, cut)) };
}

describe('curl -d bodies', () => {
  let h: Harness;
  let server: Listening;

  beforeAll(async () => {
    h = await harness({ specPath: DEMO_SPEC_PATH });
    server = await serve(h.built.app);
  });
  afterAll(() => server.close());

  it('accepts a JSON batch of events sent with curl -d, and counts it', async () => {
    const series = 'mlhealth_ingest_events_total{model="fraud"}';
    const before = sampleValue(await (await fetch(`${server.url}/metrics`)).text(), series) ?? 0;
    const a = await curlPost(`${server.url}/api/v1/models/fraud/events`, JSON.stringify([EVENT, EVENT]));
    expect(a.status).toBe(202);
    expect(a.json).toMatchObject({ accepted: 2 });
    const after = sampleValue(await (await fetch(`${server.url}/metrics`)).text(), series);
    expect(after).toBe(before + 2);
  });

  it('accepts an annotation sent with curl -d', async () => {
    const a = await curlPost(`${server.url}/api/v1/annotations`, '{"text": "deployed fraud 4.2"}');
    expect(a.status).toBe(201);
    expect(a.json).toMatchObject({ text: 'deployed fraud 4.2' });
  });

  it('answers 415 naming the accepted types to a real form body', async () => {
    const a = await curlPost(`${server.url}/api/v1/models/fraud/events`, 'amount=42.5&country=US');
    expect(a.status).toBe(415);
    expect(a.json).toEqual({
      error: 'unsupported content type',
      details: [
        {
          path: 'Content-Type',
          message: expect.stringMatching(
            /^got 'application\/x-www-form-urlencoded' with a body that is not JSON, expected application\/json or application\/x-ndjson/,
          ),
        },
      ],
    });
  });
});
