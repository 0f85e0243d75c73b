/**
 * `npm run capture-fixtures`: records what a real Prometheus answers about the real exporter, as the
 * panel's test fixture. Starts the exporter's built-in demo (`node exporter/dist/cli/main.js serve`, build it with
 * `npm run build` at the repository root) and Prometheus (Debian's `prometheus`, a temporary data dir)
 * on 127.0.0.1, lets Prometheus scrape every 5 s for CAPTURE_SECONDS (default 90), then saves the
 * answers of /api/v1/query_range and /api/v1/query for the panel's queries to
 * fixtures/prometheus-demo.json (outside src/, so it never ships in dist/), in the harness's data format (queries + responses).
 * Both processes are stopped by pid, and the temporary directory removed, whatever happens.
 */
import { ChildProcess, spawn } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { PromQuery, PromResponse } from '../src/testing/prometheusFrames';

const pluginRoot = resolve(__dirname, '..');
const repoRoot = resolve(pluginRoot, '..');
const OUT = join(pluginRoot, 'fixtures', 'prometheus-demo.json');
const SECONDS = Number(process.env.CAPTURE_SECONDS ?? 90);
const STEP = 5;
const PROMETHEUS = process.env.PROMETHEUS ?? 'prometheus';

/** The panel's queries: [refId, expression, range (else instant), format]. */
export const CAPTURED_QUERIES: Array<[string, string, boolean, 'time_series' | 'table']> = [
  ['A', 'mlhealth_node_score', true, 'time_series'],
  ['B', 'mlhealth_node_status', true, 'time_series'],
  ['C', 'mlhealth_node_value', true, 'time_series'],
  ['D', 'mlhealth_node_info', false, 'table'],
  ['E', 'mlhealth_edge_weight', false, 'time_series'],
  ['F', 'mlhealth_node_contribution', true, 'time_series'],
  ['G', 'mlhealth_node_threshold', false, 'table'],
  ['H', 'mlhealth_node_last_update_timestamp_seconds', false, 'time_series'],
  ['I', 'mlhealth_business_impact', true, 'time_series'],
  ['J', 'mlhealth_business_exposure', false, 'time_series'],
  ['K', 'mlhealth_feature_drift', true, 'time_series'],
];

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url: string, what: string, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      if ((await fetch(url)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`capture-fixtures: ${what} did not answer ${url} within ${seconds} s`);
}

function start(cmd: string, args: string[], log: string[]): ChildProcess {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  return child;
}

async function get(url: string): Promise<PromResponse> {
  const res = await fetch(url);
  if (!res.ok) {
    throw new Error(`capture-fixtures: GET ${url} answered ${res.status}: ${await res.text()}`);
  }
  return (await res.json()) as PromResponse;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-capture-'));
  const children: ChildProcess[] = [];
  const logs: string[] = [];
  try {
    const [exporterPort, promPort] = [await freePort(), await freePort()];
    children.push(
      start(
        process.execPath,
        [join(repoRoot, 'exporter', 'dist', 'cli', 'main.js'), 'serve', '--listen', `127.0.0.1:${exporterPort}`],
        logs
      )
    );
    await waitFor(
      `http://127.0.0.1:${exporterPort}/metrics`,
      'the exporter (build it with `npm run build` at the repository root)',
      60
    );
    writeFileSync(
      join(dir, 'prometheus.yml'),
      `global:\n  scrape_interval: ${STEP}s\n  evaluation_interval: ${STEP}s\nscrape_configs:\n  - job_name: mlhealth\n` +
        `    static_configs:\n      - targets: ['127.0.0.1:${exporterPort}']\n        labels:\n          environment: demo\n`
    );
    children.push(
      start(
        PROMETHEUS,
        [
          `--config.file=${join(dir, 'prometheus.yml')}`,
          `--storage.tsdb.path=${join(dir, 'data')}`,
          `--web.listen-address=127.0.0.1:${promPort}`,
        ],
        logs
      )
    );
    const prom = `http://127.0.0.1:${promPort}`;
    await waitFor(`${prom}/-/ready`, 'Prometheus', 60);
    console.log(`scraping the exporter demo for ${SECONDS} s …`);
    await sleep(SECONDS * 1000);
    const end = Math.floor(Date.now() / 1000 / STEP) * STEP;
    const startTime = end - SECONDS + STEP * 2;
    const queries: PromQuery[] = [];
    for (const [refId, expr, range, format] of CAPTURED_QUERIES) {
      const q = encodeURIComponent(expr);
      const response = range
        ? await get(`${prom}/api/v1/query_range?query=${q}&start=${startTime}&end=${end}&step=${STEP}`)
        : await get(`${prom}/api/v1/query?query=${q}&time=${end}`);
      queries.push({ refId, expr, format, legendFormat: '__auto', stepSeconds: range ? STEP : undefined, response });
    }
    const doc = {
      title: 'Captured: Prometheus 2.42 scraping the mlhealth exporter demo',
      capturedWith: 'grafana-plugin/scripts/capture-fixtures.ts',
      timeRange: { from: startTime * 1000, to: end * 1000 },
      queries,
    };
    writeFileSync(OUT, `${JSON.stringify(doc, null, 1)}\n`);
    const counts = queries.map((x) => `${x.refId} ${x.expr}: ${x.response.data.result.length}`).join('\n  ');
    console.log(`wrote ${OUT}\n  ${counts}`);
  } catch (e) {
    console.error(logs.join('').slice(-4000));
    throw e;
  } finally {
    for (const c of children) {
      c.kill('SIGTERM');
    }
    await sleep(500);
    for (const c of children) {
      if (c.exitCode === null && c.signalCode === null) {
        c.kill('SIGKILL');
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
