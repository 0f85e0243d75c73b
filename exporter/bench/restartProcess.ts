/**
 * The exporter as a child process for the restart benchmark (`restart.ts`): spawn the built CLI on
 * loopback, wait for `/readyz`, post batches, stop it with a signal; every wait is bounded and every
 * child is killed when the benchmark ends, however it ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The built CLI the benchmark starts (`npm run build -w exporter` writes it). */
export const CLI = process.env.MLHEALTH_CLI ?? join(__dirname, '..', '..', '..', 'dist', 'cli', 'main.js');

const children = new Set<ChildProcess>();

/** SIGKILLs every exporter still running (on exit, error or Ctrl-C). */
export function killAll(): void {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });

/** A port free on 127.0.0.1 now (the exporter is told it, so `/readyz` can be polled from the spawn). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface Exporter {
  child: ChildProcess;
  url: string;
  /** Everything written to stderr so far (the exporter's log). */
  log: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `mlhealth serve` on 127.0.0.1:`port` with the spec and data directory, plus `extra` flags. */
export function spawnExporter(spec: string, dataDir: string, port: number, extra: string[]): Exporter {
  const args = ['serve', '--spec', spec, '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`, ...extra];
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(child);
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => (children.delete(child), resolve({ code, signal }))),
  );
  return { child, url: `http://127.0.0.1:${port}`, log: () => log, exited };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `/readyz` every 5 ms until it answers 200; milliseconds from `since`. Throws after `timeoutMs`. */
export async function waitReady(exporter: Exporter, since: number, timeoutMs: number): Promise<number> {
  let dead = false;
  void exporter.exited.then(() => (dead = true));
  while (performance.now() - since < timeoutMs) {
    if (dead) throw new Error(`the exporter exited before it was ready:\n${exporter.log()}`);
    const status = await fetch(`${exporter.url}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => (void r.body?.cancel(), r.status),
      () => 0,
    );
    if (status === 200) return performance.now() - since;
    await sleep(5);
  }
  throw new Error(`the exporter was not ready within ${timeoutMs} ms:\n${exporter.log()}`);
}

/** Sends `signal` and waits for the exit (SIGKILL after `timeoutMs`); milliseconds until it exited. */
export async function stop(exporter: Exporter, signal: NodeJS.Signals, timeoutMs: number): Promise<number> {
  const started = performance.now();
  exporter.child.kill(signal);
  const timer = setTimeout(() => exporter.child.kill('SIGKILL'), timeoutMs);
  const { signal: got } = await exporter.exited;
  clearTimeout(timer);
  if (signal !== 'SIGKILL' && got === 'SIGKILL')
    throw new Error(`the exporter did not exit within ${timeoutMs} ms of ${signal}`);
  return performance.now() - started;
}

/**
 * Posts `batches` request bodies to the model's events endpoint, `connections` at a time, as fast as
 * they are acknowledged; throws on the first non-2xx. Resolves when the last one is acknowledged.
 */
export async function ingest(
  url: string,
  model: string,
  bodies: readonly string[],
  batches: number,
  connections: number,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < batches) {
      const body = bodies[next++ % bodies.length];
      const r = await fetch(`${url}/api/v1/models/${model}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await r.text();
      if (!r.ok) throw new Error(`ingest: ${r.status} ${text.slice(0, 300)}`);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
}

/** Bytes of the files in `dir` (recursively). */
export function dirBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    total += e.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}
