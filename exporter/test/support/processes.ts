/**
 * Real Prometheus and Alertmanager processes for tests: on 127.0.0.1, temporary storage, bounded
 * start-up waits, stopped by pid (SIGTERM, then SIGKILL after a bound). The one place tests start
 * these binaries; suites write their own configuration and call `startPrometheus`/`startAlertmanager`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningProcess {
  url: string;
  port: number;
  /** Everything the process wrote, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/** A port free on 127.0.0.1 right now (bound to 0 and released). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` every `everyMs` until it returns a value other than undefined, or throws after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  everyMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    await sleep(everyMs);
  }
  throw new Error(
    `waitFor: ${what} did not happen within ${timeoutMs} ms${lastError instanceof Error ? ` (last error: ${lastError.message})` : ''}`,
  );
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts `command args`, waits until `readyPath` answers 200 (bounded), and returns a handle; `stop()`
 * also removes the `cleanup` directories.
 */
export async function startProcess(
  command: string,
  args: string[],
  port: number,
  readyPath: string,
  cleanup: string[] = [],
): Promise<RunningProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      `${command} ready at ${url}${readyPath}`,
      async () => {
        if (child.exitCode !== null)
          throw new Error(`${command} exited with ${child.exitCode}: ${output.slice(-2000)}`);
        const res = await fetch(`${url}${readyPath}`);
        return res.ok ? true : undefined;
      },
      20_000,
    );
  } catch (err) {
    await stop();
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n${output.slice(-2000)}`);
  }
  return { url, port, output: () => output, stop };
}

/** The Debian `prometheus-alertmanager` on 127.0.0.1 with a temporary storage dir and clustering off. */
export async function startAlertmanager(configFile: string, port?: number): Promise<RunningProcess> {
  port ??= await freePort();
  const storage = mkdtempSync(join(tmpdir(), 'mlhealth-am-'));
  return startProcess(
    'prometheus-alertmanager',
    [
      `--config.file=${configFile}`,
      `--storage.path=${storage}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ],
    port,
    '/-/ready',
    [storage],
  );
}

/**
 * Prometheus on 127.0.0.1 with a temporary TSDB; `stop()` also removes the `cleanup` directories.
 * `extraArgs` go on the command line too (e.g. `--web.enable-remote-write-receiver`).
 */
export async function startPrometheus(
  configFile: string,
  port?: number,
  cleanup: string[] = [],
  extraArgs: string[] = [],
): Promise<RunningProcess> {
  port ??= await freePort();
  const storage = mkdtempSync(join(tmpdir(), 'mlhealth-prom-'));
  return startProcess(
    'prometheus',
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${storage}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
      ...extraArgs,
    ],
    port,
    '/-/ready',
    [storage, ...cleanup],
  );
}
