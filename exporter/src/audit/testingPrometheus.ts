/**
 * Test helper: a real Prometheus (the Debian package) on 127.0.0.1 with a temporary data dir, scraping
 * a tiny local HTTP server every second. The server answers `exposition(scrape)` for its n-th scrape, so
 * a test can make series appear, change and disappear over time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ScrapedPrometheus {
  url: string;
  /** Scrapes served so far. */
  scrapes(): number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/-/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`prometheus at ${url} not ready after 15 s`);
}

/** Waits (bounded) until `done()` holds, polling every 200 ms. */
export async function waitFor(
  what: string,
  done: () => boolean | Promise<boolean>,
  seconds: number,
): Promise<void> {
  for (let i = 0; i < seconds * 5; i++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`waitFor: ${what} did not happen within ${seconds} s`);
}

/** Writes a Prometheus configuration scraping the target every second; returns its path. */
function configFile(dir: string, job: string, targetPort: number): string {
  const config = [
    'global: { scrape_interval: 1s, evaluation_interval: 1s }',
    'scrape_configs:',
    `  - job_name: ${job}`,
    `    static_configs: [{ targets: ['127.0.0.1:${targetPort}'] }]`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'prometheus.yml'), config);
  return join(dir, 'prometheus.yml');
}

/** Starts the metrics server and Prometheus (job `job`, scrape and evaluation interval 1s). */
export async function startScrapedPrometheus(
  exposition: (scrape: number) => string,
  job = 'mlhealth',
): Promise<ScrapedPrometheus> {
  let scrapes = 0;
  const target = createHttpServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    scrapes += 1;
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(exposition(scrapes));
  });
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-audit-prom-'));
  const config = configFile(dir, job, await listen(target));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    'prometheus',
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: 'ignore' },
  );
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    await new Promise<void>((resolve) => target.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, child);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, scrapes: () => scrapes, stop };
}
