/**
 * A real Prometheus scrapes an https endpoint guarded by our web-config (basic auth + TLS, CA file):
 * the target is up with the right password and down (401) with a wrong one, and the hostile label
 * values it exposes arrive in Prometheus unchanged, one series each, nothing injected.
 */
import express from 'express';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashSync } from 'bcryptjs';
import { Gauge, Registry } from 'prom-client';
import type { Listening } from '../server/listen';
import { listenHttps } from '../server/listenHttps';
import { DEFAULT_RESOURCE_LIMITS } from '../ingest/limits';
import { buildSecurity } from './setup';
import { makeTestCerts, type TestCerts } from './__fixtures__/certs';
import { NASTY_LABEL_VALUES } from './__fixtures__/nastyLabels';
import { pollUntil, startTestPrometheus, type TestPrometheus } from './__fixtures__/prometheus';
import { promtool } from './__fixtures__/promtool';

const PASSWORD = 'scrape-password-0123';
let certs: TestCerts;
let dir: string;
let exporter: Listening;
let prometheus: TestPrometheus;

interface Target {
  labels: { job: string };
  health: string;
  lastError: string;
}

beforeAll(async () => {
  certs = makeTestCerts();
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-sec-'));
  const webConfig = join(dir, 'web.yml');
  writeFileSync(
    webConfig,
    `tls_server_config:\n  cert_file: ${certs.certFile}\n  key_file: ${certs.keyFile}\nbasic_auth_users:\n  prometheus: ${hashSync(PASSWORD, 10)}\n`,
  );
  expect(promtool(['check', 'web-config', webConfig]).code).toBe(0);
  const security = buildSecurity(
    { webConfigFile: webConfig, insecure: false, rateLimit: null, limits: DEFAULT_RESOURCE_LIMITS },
    1024,
    {
      env: {},
      readFile: (p) => readFileSync(p, 'utf8'),
      clock: () => Date.now() / 1000,
    },
  );
  const registry = new Registry();
  const gauge = new Gauge({
    name: 'mlhealth_feature_missing_ratio',
    help: 'Missing ratio.',
    labelNames: ['model', 'feature'],
    registers: [registry],
  });
  NASTY_LABEL_VALUES.forEach((v, i) => gauge.set({ model: 'fraud', feature: v }, i / 100));
  const app = express();
  app.use(...security.middlewares);
  app.get('/metrics', async (_req, res) => {
    res.set('Content-Type', registry.contentType).send(await registry.metrics());
  });
  exporter = await listenHttps(security.createServer?.(app) as Server, '127.0.0.1', 0);
  const target = exporter.url.replace('https://', '');
  prometheus = await startTestPrometheus((promDir) => {
    writeFileSync(join(promDir, 'right'), PASSWORD);
    writeFileSync(join(promDir, 'wrong'), 'not-the-password');
    const job = (name: string, passwordFile: string) =>
      `  - job_name: ${name}\n    scheme: https\n    basic_auth:\n      username: prometheus\n      password_file: ${join(promDir, passwordFile)}\n` +
      `    tls_config:\n      ca_file: ${certs.caFile}\n    static_configs:\n      - targets: ['${target}']\n`;
    return job('secured', 'right') + job('wrong_password', 'wrong');
  });
}, 60_000);

afterAll(async () => {
  await prometheus?.stop();
  await exporter?.close();
  certs?.remove();
  rmSync(dir, { recursive: true, force: true });
});

async function targets(): Promise<Target[]> {
  const body = (await (await fetch(`${prometheus.url}/api/v1/targets`)).json()) as {
    data: { activeTargets: Target[] };
  };
  return body.data.activeTargets;
}

test('Prometheus scrapes with basic_auth over TLS: up with the password, down (401) without it', async () => {
  const settled = await pollUntil(async () => {
    const all = await targets();
    return all.length === 2 && all.every((t) => t.health !== 'unknown') ? all : null;
  }, 30);
  expect(settled).not.toBeNull();
  const byJob = Object.fromEntries((settled ?? []).map((t) => [t.labels.job, t]));
  expect(byJob.secured).toMatchObject({ health: 'up', lastError: '' });
  expect(byJob.wrong_password.health).toBe('down');
  expect(byJob.wrong_password.lastError).toContain('401');
}, 40_000);

test('hostile label values arrive unchanged, one series each, nothing injected', async () => {
  const series = await pollUntil(async () => {
    const url = `${prometheus.url}/api/v1/series?match[]=${encodeURIComponent('{job="secured",__name__=~"mlhealth_.*"}')}`;
    const body = (await (await fetch(url)).json()) as { data: Record<string, string>[] };
    return body.data.length >= NASTY_LABEL_VALUES.length ? body.data : null;
  }, 30);
  expect(series).not.toBeNull();
  const features = (series ?? []).map((s) => s.feature).sort();
  expect(features).toEqual([...NASTY_LABEL_VALUES].sort());
  for (const s of series ?? []) {
    expect(Object.keys(s).sort()).toEqual(['__name__', 'feature', 'instance', 'job', 'model']);
    expect(s).toMatchObject({ __name__: 'mlhealth_feature_missing_ratio', model: 'fraud' });
  }
}, 40_000);
