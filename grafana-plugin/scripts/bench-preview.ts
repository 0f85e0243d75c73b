/**
 * `npm run bench:preview` (after `npm run build`): how soon `/preview` draws the cascade once the
 * exporter has data. Starts the real exporter (built-in demo, port 0) behind a small loopback proxy that
 * answers data.json as the exporter does before its first evaluation (state Loading, no series) until
 * the page has loaded and shown its loading state, then lets the real data through: the case of a user
 * who opens the page as the exporter starts. Prints when the page was ready, and how many ms after the
 * data became available the first node card was drawn (target: under 1,000 ms), then the same for a
 * page opened when the data is already there. Figures, not a test.
 */
import { spawn } from 'child_process';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { resolve } from 'path';
import { launchBrowser } from '../harness/browser';

const repo = resolve(__dirname, '..', '..');
const HOLD_AFTER_READY_MS = 3000;

function startExporter(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [require.resolve('tsx/cli'), 'exporter/src/cli/main.ts', 'serve', '--listen', '127.0.0.1:0', '--insecure'],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] }
  );
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`bench-preview: the exporter did not start:\n${out}`)), 60_000);
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({ url: m[1], stop: () => child.kill('SIGTERM') });
      }
    });
    child.on('exit', (code) => fail(new Error(`bench-preview: the exporter exited (${code}):\n${out}`)));
  });
}

/** A proxy to `target` whose data.json says Loading (no series) while `held()`. */
function startProxy(target: string, held: () => boolean): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const upstream = await fetch(`${target}${req.url}`, { redirect: 'manual' });
    let body = Buffer.from(await upstream.arrayBuffer());
    if (req.url?.startsWith('/preview/data.json') && held()) {
      const data = JSON.parse(body.toString());
      data.state = 'Loading';
      for (const q of data.queries) q.response.data.result = [];
      body = Buffer.from(JSON.stringify(data));
    }
    const headers: Record<string, string> = {};
    upstream.headers.forEach((v, k) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k)) headers[k] = v;
    });
    res.writeHead(upstream.status, headers).end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })
    )
  );
}

async function main() {
  const exporter = await startExporter();
  let releasedAt = Infinity;
  const proxy = await startProxy(exporter.url, () => Date.now() < releasedAt);
  const browser = await launchBrowser({ width: 1280, height: 720 });
  try {
    const page = await browser.context.newPage();
    const t0 = Date.now();
    await page.goto(`${proxy.url}/preview/`);
    await page.waitForFunction(() => window.__harness?.status === 'ready', null, { timeout: 60_000 });
    const ready = Date.now() - t0;
    await page.waitForTimeout(HOLD_AFTER_READY_MS);
    releasedAt = Date.now();
    await page.waitForSelector('[data-node-id]', { timeout: 60_000 });
    console.log(
      `preview opened before the first evaluation: page ready after ${ready} ms; first card ${Date.now() - releasedAt} ms after the data became available`
    );
    const warm = await browser.context.newPage();
    const t1 = Date.now();
    await warm.goto(`${proxy.url}/preview/`);
    await warm.waitForSelector('[data-node-id]', { timeout: 60_000 });
    console.log(`preview opened with the data there: first card ${Date.now() - t1} ms after opening the page`);
  } finally {
    await browser.close();
    proxy.server.close();
    exporter.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
