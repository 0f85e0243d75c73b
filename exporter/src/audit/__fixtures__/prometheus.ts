/**
 * Test helper: a real Prometheus (the Debian package) on 127.0.0.1 with a temporary data dir, scraping
 * a tiny local HTTP server every second. The server answers `exposition(scrape)` for its n-th scrape, so
 * a test can make series appear, change and disappear over time.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPrometheus } from '../../../test/support/processes';

export interface ScrapedPrometheus {
  url: string;
  /** Scrapes served so far. */
  scrapes(): number;
  stop(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
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
  const closeTarget = () => new Promise<void>((resolve) => target.close(() => resolve()));
  const running = await startPrometheus(config, undefined, [dir]).catch(async (err: unknown) => {
    await closeTarget();
    throw err;
  });
  const stop = async (): Promise<void> => {
    await running.stop();
    await closeTarget();
  };
  return { url: running.url, scrapes: () => scrapes, stop };
}
