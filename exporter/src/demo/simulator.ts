/**
 * The demo's driver: at each step it draws the traffic since the previous step and posts it through the
 * same in-process ingest path as `POST /api/v1/models/{model}/events` (and `/labels`), so the demo
 * exercises validation, counting and the monitors exactly as real clients do.
 */
import type { DemoTraffic } from './traffic';

/** The part of the ingest API the demo writes to (server/deps.ts `IngestPort` satisfies it). */
export interface DemoSink {
  events(model: string, body: unknown): Promise<unknown>;
  labels(model: string, body: unknown): Promise<unknown>;
  governance(model: string, body: unknown): Promise<unknown>;
}

/** Days between a demo model's training and the demo's start: young enough to be healthy. */
export const DEMO_MODEL_AGE_DAYS = 21;
/** Days between the demo's reference data and the demo's start. */
export const DEMO_REFERENCE_AGE_DAYS = 14;

export interface StepCounts {
  events: number;
  labels: number;
}

/** Posts the traffic between the previous step and `now`; resolves with what was sent. */
export async function stepDemo(traffic: DemoTraffic, sink: DemoSink, now: number): Promise<StepCounts> {
  const counts: StepCounts = { events: 0, labels: 0 };
  for (const [model, arrivals] of traffic.advance(now)) {
    if (arrivals.events.length > 0) {
      await sink.events(model, arrivals.events);
      counts.events += arrivals.events.length;
    }
    if (arrivals.labels.length > 0) {
      await sink.labels(model, arrivals.labels);
      counts.labels += arrivals.labels.length;
    }
  }
  return counts;
}

/** Governance facts of the demo models at start: trained `DEMO_MODEL_AGE_DAYS` before `startedAt`. */
export async function setUpDemoModels(
  sink: DemoSink,
  models: readonly { id: string; version: string }[],
  startedAt: number,
): Promise<void> {
  for (const model of models) {
    await sink.governance(model.id, {
      version: model.version,
      trained_at: startedAt - DEMO_MODEL_AGE_DAYS * 86400,
    });
  }
}

export interface RunningDemo {
  stop(): void;
}

/**
 * Runs the demo in real time: one step every `intervalMs`, reading the clock each time. A failed step
 * is logged and the next one carries on (the demo must not take the exporter down).
 */
export function runDemo(
  traffic: DemoTraffic,
  sink: DemoSink,
  clock: () => number,
  intervalMs: number,
  log: (line: string) => void,
): RunningDemo {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    stepDemo(traffic, sink, clock())
      .catch((err: unknown) =>
        log(`mlhealth demo: step failed: ${err instanceof Error ? err.message : String(err)}`),
      )
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
