/**
 * Data loss never reads as recovery, end to end with real processes on 127.0.0.1: the built exporter
 * serves a one-model spec; the test drives the model's drift to critical with its own traffic, then
 * stops the traffic. Prometheus (the generated rules, 1 s intervals) and Alertmanager (the generated
 * routes, timers shortened, receivers pointed at a webhook sink) then deliver a data-loss page to the
 * team the critical page went to, carrying the cause, instead of a bare "resolved".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpecFile, type Spec } from '../../src/spec';
import {
  freePort,
  startAlertmanager,
  startProcess,
  startPrometheus,
  waitFor,
  type RunningProcess,
} from '../support/processes';
import { buildExporter, ROOT, writeGeneratedStack } from './support/generatedStack';
import { received, startWebhookSink, type WebhookSink } from './support/webhookSink';

jest.setTimeout(200_000);

const SPEC = `api_version: mlhealth/v1
name: data-loss
version: 1.0.0
defaults: { evaluation_interval: 1s, stale_after: 6s }
models:
  - id: m
    version: '1'
    task: classification
    reference: { file: reference.csv }
    window: { duration: 5s }
    evaluation_interval: 1s
    features:
      - { name: x, type: numeric, range: [0, 100] }
nodes:
  - id: m.drift.x
    tier: base
    model: m
    title: x drift
    signal: { kind: feature_drift, feature: x, method: psi }
    thresholds: { warning: 0.1, critical: 0.25 }
    escalation: m-oncall
  - id: m.drift
    tier: component
    model: m
    title: m drift
    children: [m.drift.x]
    rollup: { rule: worst_of }
  - id: outcome
    tier: business
    title: Outcome
    children: [m.drift]
    rollup: { rule: worst_of }
teams:
  - id: team-m
    title: Team M
    receivers: [{ type: webhook, name: pager, url: 'http://127.0.0.1:1/unused' }]
escalation_policies:
  - id: m-oncall
    team: team-m
    levels:
      - { severity: warning, receiver: pager, respond_within: 4h }
      - { severity: critical, receiver: pager, respond_within: 15m }
`;

describe('data loss end to end: critical, then the traffic stops', () => {
  let dir = '';
  let spec: Spec;
  let sink: WebhookSink;
  let exporterUrl = '';
  const procs: RunningProcess[] = [];
  let traffic: NodeJS.Timeout | undefined;

  beforeAll(async () => {
    buildExporter();
    dir = mkdtempSync(join(tmpdir(), 'mlhealth-dataloss-'));
    writeFileSync(join(dir, 'spec.yaml'), SPEC);
    const rows = Array.from({ length: 400 }, (_, i) => `${(i * 37) % 50},a,0.9`);
    writeFileSync(join(dir, 'reference.csv'), `x,prediction,confidence\n${rows.join('\n')}\n`);
    spec = (await loadSpecFile(join(dir, 'spec.yaml'))).spec;
    sink = await startWebhookSink();
    const [exporterPort, amPort] = [await freePort(), await freePort()];
    const files = writeGeneratedStack(spec, dir, { exporter: exporterPort, alertmanager: amPort }, sink.url);
    procs.push(await startAlertmanager(files.alertmanagerConfig, amPort));
    const args = ['serve', '--spec', join(dir, 'spec.yaml'), '--listen', `127.0.0.1:${exporterPort}`];
    procs.push(
      await startProcess(
        process.execPath,
        [join(ROOT, 'exporter/dist/cli/main.js'), ...args, '--data-dir', join(dir, 'data')],
        exporterPort,
        '/healthz',
      ),
    );
    exporterUrl = `http://127.0.0.1:${exporterPort}`;
    procs.push(await startPrometheus(files.prometheusConfig));
  }, 190_000);

  afterAll(async () => {
    if (traffic !== undefined) clearInterval(traffic);
    for (const p of procs.reverse()) await p.stop();
    await sink?.close();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('pages "data lost" with its cause to the receiver of the critical page, not a bare resolved', async () => {
    // Drifted traffic: x far above the reference's 0..50, 100 events every 200 ms.
    let sent = 0;
    traffic = setInterval(() => {
      const events = Array.from({ length: 100 }, (_, i) => ({
        features: { x: 80 + ((sent + i) % 20) },
        prediction: 'a',
      }));
      sent += 100;
      void fetch(`${exporterUrl}/api/v1/models/m/events`, {
        method: 'POST',
        body: JSON.stringify(events),
      }).catch(() => undefined);
    }, 200);
    const receiver = 'team-m-pager';
    const isCritical = (a: { labels: Record<string, string> }) =>
      a.labels.alertname === 'MlhealthNodeCritical' && a.labels.node === 'm.drift.x';
    await waitFor(
      'the critical page',
      async () => received(sink, receiver, (a) => isCritical(a) && a.status === 'firing')[0],
      60_000,
      500,
    );
    clearInterval(traffic);
    traffic = undefined;
    const lost = await waitFor(
      'the data-loss page',
      async () =>
        received(
          sink,
          receiver,
          (a) =>
            a.labels.alertname === 'MlhealthNodeDataLost' &&
            a.labels.node === 'm.drift.x' &&
            a.status === 'firing',
        )[0],
      60_000,
      500,
    );
    expect(lost.labels).toMatchObject({ severity: 'critical', team: 'team-m', tier: 'base', model: 'm' });
    expect(lost.annotations.description).toMatch(
      /then its data stopped \((stale|no_events)\): it is unknown now, not recovered/,
    );
  });
});
