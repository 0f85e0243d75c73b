/**
 * The exporters of the scale-out test, in this process on 127.0.0.1 with the real clock: one single
 * process serving every model, and one exporter per shard (`--shard I/N`), each with its own data
 * directory, so a shard stopped and started again on its port comes back with its state (as a
 * restarted pod with a volume does).
 */
import { join } from 'node:path';
import { startExporter, type RunningExporter } from '../../../src/main';
import type { ShardSelector } from '../../../src/shards';
import { buildOptions } from '../../support/harness';
import { freePort } from '../../support/processes';

export interface FleetExporter {
  name: string;
  port: number;
  url: string;
  running: RunningExporter | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** An exporter of `specPath` on a free port (kept across restarts), state in `dir/name`. */
export async function fleetExporter(
  name: string,
  specPath: string,
  dir: string,
  shard?: ShardSelector,
): Promise<FleetExporter> {
  const port = await freePort();
  const exporter: FleetExporter = {
    name,
    port,
    url: `http://127.0.0.1:${port}`,
    running: null,
    async start() {
      const options = { specPath, port, dataDir: join(dir, name), processMetrics: true };
      exporter.running = await startExporter(buildOptions({ ...options, ...(shard ? { shard } : {}) }));
    },
    async stop() {
      await exporter.running?.close();
      exporter.running = null;
    },
  };
  await exporter.start();
  return exporter;
}

/** POSTs `events` for `model` to `exporter`; throws unless accepted (202). */
export async function postEvents(exporter: FleetExporter, model: string, events: unknown[]): Promise<void> {
  const res = await fetch(`${exporter.url}/api/v1/models/${model}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(events),
  });
  if (res.status !== 202)
    throw new Error(`POST ${model} events to ${exporter.name}: ${res.status} ${await res.text()}`);
}
