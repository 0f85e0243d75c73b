/**
 * Part 1b of `npm run bench:exporter`: the same exporter, the same 500 events × 20 features per unit,
 * through each ingest path in turn — the native events API, KServe v1 (a request CloudEvent, then its
 * response, a fresh `ce-id` per pair), OTLP/HTTP logs as JSON and as protobuf — each for BENCH_SECONDS
 * with the same closed-loop client (`exporterIngestLoop.ts`), so the ratios compare the receivers and
 * not the clients. Bodies are converted once, before any timing (`exporterIngestBodies.ts`), in 48
 * copies that differ in their event ids only, so that every event is a new prediction to the exporter
 * on every path (KServe's ids are new `ce-id`s by nature; one body sent again and again would make the
 * other paths look cheaper than real traffic, whose ids are new too). A unit
 * counts only when every request of it answered as expected (2xx and the body saying all 500 events
 * were taken), and the exporter's own `mlhealth_ingest_events_total{model}` delta is checked against
 * the count. Target: every path ≥ 50 % of the native events/s. Prints; never fails the run.
 */
import { randomUUID } from 'node:crypto';
import { loggerHeaders } from '../src/ingest/kserve/__fixtures__/payloads';
import { kserveBodies, otlpBodies, parseBatch, withFreshIds, type BenchEvent } from './exporterIngestBodies';
import { runLoop, type LoopResult, type Step, type UnitOf } from './exporterIngestLoop';

/** The serving time the KServe pairs report (response `ce-time` − request `ce-time`). */
const SERVING_MS = 30;

/** The target: each path at least this share of the native events/s. */
const TARGET = 0.5;

/**
 * Copies of the batch with other ids, sent in turn: 48 × 500 ids outnumber the 20,000 predictions a
 * model remembers for late labels, so every event is a new prediction to remember, as with KServe.
 */
const ID_COPIES = 48;

export interface IngestPathsOptions {
  /** The exporter's base URL. */
  url: string;
  /** The model the events are for (its spec declares `kserve: {prediction: label, confidence: score}`). */
  model: string;
  /** The model's features in spec order. */
  features: readonly string[];
  /** The native batch body (a JSON array of events, `eventBatch`). */
  batch: string;
  seconds: number;
  connections: number;
}

export interface Path {
  name: string;
  unitOf: UnitOf;
  /** What a unit is, for the table. */
  note: string;
}

function jsonAnswer(body: Buffer): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const is2xx = (status: number): boolean => status >= 200 && status < 300;
const kib = (b: Buffer): string => `${(b.length / 1024).toFixed(0)} KiB`;

function nativePath(o: IngestPathsOptions, batches: readonly BenchEvent[][]): Path {
  const path = `/api/v1/models/${o.model}/events`;
  const steps = batches.map((events): Step => ({
    path,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify(events)),
    ok: (status, body) => is2xx(status) && jsonAnswer(body)?.accepted === events.length,
  }));
  const note = `one POST ${path} of ${kib(steps[0].body)}`;
  return { name: 'native', unitOf: (i) => [steps[i % steps.length]], note };
}

function kservePath(o: IngestPathsOptions, events: number): Path {
  const bodies = kserveBodies(parseBatch(o.batch), o.features);
  const unitOf: UnitOf = () => {
    const id = randomUUID();
    const sent = Date.now();
    const half = (side: 'request' | 'response', at: number): Record<string, string> =>
      loggerHeaders(side, id, { 'ce-inferenceservicename': o.model, 'ce-time': new Date(at).toISOString() });
    return [
      {
        path: '/api/v1/kserve',
        headers: half('request', sent),
        body: bodies.request,
        ok: (status, body) => is2xx(status) && jsonAnswer(body)?.status === 'pending',
      },
      {
        path: '/api/v1/kserve',
        headers: half('response', sent + SERVING_MS),
        body: bodies.response,
        ok: (status, body) => {
          const answer = jsonAnswer(body);
          return is2xx(status) && answer?.status === 'joined' && answer.accepted === events;
        },
      },
    ];
  };
  const note = `a request CloudEvent (${kib(bodies.request)}) then its response (${kib(bodies.response)}), POST /api/v1/kserve each; p99 per CloudEvent`;
  return { name: 'kserve v1', unitOf, note };
}

function otlpPaths(o: IngestPathsOptions, batches: readonly BenchEvent[][]): Path[] {
  const bodies = batches.map((events) => otlpBodies(events, o.model));
  const step = (type: string, body: Buffer, expected: string): Step => ({
    path: '/v1/logs',
    headers: { 'content-type': type },
    body,
    // An empty ExportLogsServiceResponse: no partial_success, every record applied.
    ok: (status, answer) => status === 200 && answer.toString('utf8') === expected,
  });
  const json = bodies.map((b) => step('application/json', b.json, '{}'));
  const protobuf = bodies.map((b) => step('application/x-protobuf', b.protobuf, ''));
  const note = (b: Buffer) => `one POST /v1/logs of ${kib(b)}`;
  return [
    { name: 'otlp json', unitOf: (i) => [json[i % json.length]], note: note(bodies[0].json) },
    { name: 'otlp proto', unitOf: (i) => [protobuf[i % protobuf.length]], note: note(bodies[0].protobuf) },
  ];
}

/** The paths in table order, native first (the ratios' reference). */
export function ingestPaths(o: IngestPathsOptions): Path[] {
  const events = parseBatch(o.batch);
  const batches = withFreshIds(events, ID_COPIES);
  return [nativePath(o, batches), kservePath(o, events.length), ...otlpPaths(o, batches)];
}

/** `mlhealth_ingest_events_total{model}` from the exporter's /metrics (NaN when it cannot be read). */
async function acceptedTotal(url: string, model: string): Promise<number> {
  try {
    const text = await (await fetch(`${url}/metrics`)).text();
    const series = `mlhealth_ingest_events_total{model="${model}"} `;
    const line = text.split('\n').find((l) => l.startsWith(series));
    return line === undefined ? 0 : Number(line.slice(series.length));
  } catch {
    return NaN;
  }
}

interface Measured {
  path: Path;
  result: LoopResult;
  eventsPerSecond: number;
  counted: number;
  delta: number;
}

async function measure(o: IngestPathsOptions, path: Path, events: number): Promise<Measured> {
  const before = await acceptedTotal(o.url, o.model);
  const result = await runLoop(o.url, path.unitOf, o.seconds, o.connections);
  const delta = (await acceptedTotal(o.url, o.model)) - before;
  const counted = result.units * events;
  return { path, result, eventsPerSecond: counted / result.seconds, counted, delta };
}

const thousands = (n: number) => Math.round(n).toLocaleString('en-US');

function printRow(m: Measured, native: number): void {
  const r = m.result;
  const ratio = `${((100 * m.eventsPerSecond) / native).toFixed(0)} %`;
  const check =
    m.delta === m.counted
      ? `${thousands(m.counted)} events = the metric's delta`
      : `counted ${thousands(m.counted)} events ≠ the metric's delta ${thousands(m.delta)}`;
  console.log(
    `   ${m.path.name.padEnd(10)} ${thousands(m.eventsPerSecond).padStart(9)} events/s   p99 ${r.p99Ms.toFixed(0).padStart(3)} ms   errors ${r.errors}   ratio ${ratio.padStart(5)}   (${check})`,
  );
  if (r.firstError !== null) console.log(`      first error: ${r.firstError}`);
}

/** Measures each path in turn against the running exporter and prints the table. */
export async function measureIngestPaths(o: IngestPathsOptions): Promise<void> {
  const events = parseBatch(o.batch).length;
  console.log(
    `\n1b. ingest paths: the same exporter, the same ${events} events × ${o.features.length} features per unit (in ${ID_COPIES} copies with other ids), ${o.connections} connections, ${o.seconds} s each, one closed-loop client`,
  );
  const paths = ingestPaths(o);
  const measured: Measured[] = [];
  for (const path of paths) measured.push(await measure(o, path, events));
  const native = measured[0].eventsPerSecond;
  for (const m of measured) printRow(m, native);
  const missed = measured.filter((m) => m.eventsPerSecond < TARGET * native).map((m) => m.path.name);
  console.log(
    `   target: every path ≥ ${100 * TARGET} % of native${missed.length === 0 ? ' — met' : ` — missed by ${missed.join(', ')}`}`,
  );
  console.log('   a unit of each path:');
  for (const path of paths) console.log(`     ${path.name.padEnd(10)} ${path.note}`);
}
