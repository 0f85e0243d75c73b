/**
 * The closed-loop load generator of the ingest-paths benchmark (`exporterIngestPaths.ts`): `connections`
 * workers, each on a keep-alive connection of its own, send one unit of work after another until the
 * deadline. A unit is one or more HTTP requests in order (a KServe request CloudEvent, then its
 * response); the next request of a unit goes out only after the previous one answered as expected. A
 * unit started before the deadline is finished after it, so every event the server accepted is one
 * the loop counted, and the rate is the counted events over the time until the last unit finished
 * (autocannon cuts the requests in flight at its deadline, which the server may still accept).
 * Failures are counted, never thrown.
 */
import { Agent, request } from 'node:http';

/** One HTTP request of a unit, and what its answer must be for the unit to count. */
export interface Step {
  path: string;
  headers: Record<string, string>;
  body: Buffer;
  /** True when the answer is the expected one (status and body). */
  ok(status: number, body: Buffer): boolean;
}

/** The requests of unit `i` (from 0, unique over the run: a fresh `ce-id` per unit, say). */
export type UnitOf = (i: number) => Step[];

export interface LoopResult {
  /** Units whose every request answered as expected. */
  units: number;
  requests: number;
  /** From the start to the end of the last unit. */
  seconds: number;
  /** The 99th percentile of the request latencies (each request of a unit on its own). */
  p99Ms: number;
  /** Units that failed: an unexpected status or body, a socket error, a timeout. */
  errors: number;
  /** What the first failure answered (status and the start of the body), for the report. */
  firstError: string | null;
}

const TIMEOUT_MS = 30_000;

interface Answer {
  status: number;
  body: Buffer;
}

/** POSTs `step` over `agent`; a socket error or a timeout is status 0 with the message as body. */
function send(agent: Agent, base: URL, step: Step): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path: step.path,
        headers: { ...step.headers, 'content-length': String(step.body.length) },
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', (err) => resolve({ status: 0, body: Buffer.from(err.message) }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    req.on('error', (err) => resolve({ status: 0, body: Buffer.from(err.message) }));
    req.end(step.body);
  });
}

interface Tally {
  next: number;
  units: number;
  errors: number;
  latencies: number[];
  firstError: string | null;
}

/** Sends units until `deadline` (performance.now() ms); the unit in hand is always finished. */
async function worker(base: URL, unitOf: UnitOf, deadline: number, tally: Tally): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    while (performance.now() < deadline) {
      let failed = false;
      for (const step of unitOf(tally.next++)) {
        const t0 = performance.now();
        const answer = await send(agent, base, step);
        tally.latencies.push(performance.now() - t0);
        if (!step.ok(answer.status, answer.body)) {
          failed = true;
          tally.firstError ??= `${step.path} → ${answer.status} ${answer.body.toString('utf8', 0, 300)}`;
          break;
        }
      }
      if (failed) tally.errors++;
      else tally.units++;
    }
  } finally {
    agent.destroy();
  }
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** Runs `connections` workers for `seconds` against `url` (the server's base URL). */
export async function runLoop(
  url: string,
  unitOf: UnitOf,
  seconds: number,
  connections: number,
): Promise<LoopResult> {
  const base = new URL(url);
  const tally: Tally = { next: 0, units: 0, errors: 0, latencies: [], firstError: null };
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, () => worker(base, unitOf, deadline, tally)));
  const elapsed = (performance.now() - start) / 1000;
  const sorted = tally.latencies.sort((a, b) => a - b);
  return {
    units: tally.units,
    requests: sorted.length,
    seconds: elapsed,
    p99Ms: quantile(sorted, 0.99),
    errors: tally.errors,
    firstError: tally.firstError,
  };
}
