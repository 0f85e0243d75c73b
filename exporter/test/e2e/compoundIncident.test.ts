/**
 * What an on-call engineer receives during one compound incident, end to end with real processes on
 * 127.0.0.1: the built exporter, Prometheus (the generated rules, 1 s intervals) and Alertmanager (the
 * generated configuration with its own group timers; only the receivers point at a webhook sink).
 *
 * Two models with 2-minute windows; the exporter starts without traffic for 40 s, then traffic is healthy,
 * then four root causes at once (a's x and y drift, a's m goes missing, b's u drifts); in the middle of the
 * incident the exporter is down for about 40 s and restarts. Every phase outlasts Alertmanager's 30 s group
 * wait, so each could notify. Expected: nothing for the quiet start (no data can have arrived yet); one
 * notification per receiver (team a, team b, the executive bridge), each at the highest node its team
 * owns, the cause chain in its text; nothing for the restart, shorter than the platform owner's 2-minute
 * wait; nothing more after it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpecFile } from '../../src/spec';
import {
  freePort,
  sleep,
  startAlertmanager,
  startProcess,
  startPrometheus,
  waitFor,
  type RunningProcess,
} from '../support/processes';
import { buildExporter, ROOT, writeGeneratedStack } from './support/generatedStack';
import { RECEIVERS, startTraffic, writeCompoundFiles, type Phase } from './support/compoundSpec';
import { startWebhookSink, type Notification, type WebhookSink } from './support/webhookSink';

jest.setTimeout(400_000);

async function promQuery(prom: RunningProcess, expr: string): Promise<Array<{ value: [number, string] }>> {
  const res = await fetch(`${prom.url}/api/v1/query?query=${encodeURIComponent(expr)}`);
  const body = (await res.json()) as { data?: { result: Array<{ value: [number, string] }> } };
  return body.data?.result ?? [];
}

const firing = (sink: WebhookSink, receiver: string): Notification[] =>
  sink.notifications.filter((n) => n.receiverPath === `/${receiver}` && n.status === 'firing');

describe('one compound incident and an exporter restart: what each receiver gets', () => {
  let dir = '';
  let sink: WebhookSink;
  let exporter: RunningProcess | undefined;
  const others: RunningProcess[] = [];
  let exporterArgs: string[] = [];
  let exporterPort = 0;
  let stopTraffic = () => undefined as void;
  let phase: Phase = 'quiet';

  const startExporter = async () => startProcess(process.execPath, exporterArgs, exporterPort, '/readyz');

  beforeAll(async () => {
    buildExporter();
    dir = mkdtempSync(join(tmpdir(), 'mlhealth-compound-'));
    const specFile = writeCompoundFiles(dir);
    const spec = (await loadSpecFile(specFile)).spec;
    sink = await startWebhookSink();
    exporterPort = await freePort();
    const amPort = await freePort();
    const ports = { exporter: exporterPort, alertmanager: amPort };
    const files = writeGeneratedStack(spec, dir, ports, sink.url, true);
    others.push(await startAlertmanager(files.alertmanagerConfig, amPort));
    exporterArgs = [
      join(ROOT, 'exporter/dist/cli/main.js'),
      'serve',
      '--spec',
      specFile,
      '--listen',
      `127.0.0.1:${exporterPort}`,
      '--data-dir',
      join(dir, 'data'),
    ];
    exporter = await startExporter();
    others.push(await startPrometheus(files.prometheusConfig));
    stopTraffic = startTraffic(
      () => `http://127.0.0.1:${exporterPort}`,
      () => phase,
    );
  }, 200_000);

  afterAll(async () => {
    stopTraffic();
    await exporter?.stop();
    for (const p of others.reverse()) await p.stop();
    await sink?.close();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('sends one notification per receiver, at the top of each team, and nothing for the restart', async () => {
    const prometheus = others[1] as RunningProcess;
    await sleep(40_000);
    phase = 'normal';
    await waitFor(
      'a healthy cascade before the incident',
      async () => {
        const r = await promQuery(prometheus, 'mlhealth_node_status{node="revenue"} == 0');
        return r.length === 1 ? true : undefined;
      },
      60_000,
      500,
    );
    phase = 'incident';
    const expected = ['team-a-pager', 'team-b-pager', 'leadership-bridge'];
    await waitFor(
      'the incident notified to both teams and the executive bridge',
      async () => (expected.every((r) => firing(sink, r).length > 0) ? true : undefined),
      150_000,
      500,
    );
    // Restart the exporter in the middle of the incident (clean stop, same data directory).
    await sleep(5_000);
    const stoppedAt = Date.now();
    await exporter?.stop();
    await sleep(38_000);
    exporter = await startExporter();
    const downtime = (Date.now() - stoppedAt) / 1000;
    // Longer than Alertmanager's group wait (30 s), so anything the restart caused would have arrived.
    await sleep(45_000);
    const seenDown = await promQuery(prometheus, 'min_over_time(up{job="mlhealth"}[3m]) == 0');
    expect(seenDown.length).toBe(1);

    const counts = Object.fromEntries(RECEIVERS.map((r) => [r, firing(sink, r).length]));
    // Printed for docs/alerting.md and the session note (the before/after table).
    console.log(
      `compound incident, restart ${downtime.toFixed(1)} s: firing notifications per receiver ${JSON.stringify(counts)}; ` +
        `alerts carried: ${JSON.stringify(Object.fromEntries(RECEIVERS.map((r) => [r, firing(sink, r).flatMap((n) => n.alerts.map((a) => `${a.labels.alertname}/${a.labels.node ?? a.labels.instance}`))])))}`,
    );
    expect(counts).toEqual({
      'team-a-pager': 1,
      'team-b-pager': 1,
      'leadership-bridge': 1,
      'platform-pager': 0,
    });
    expect(sink.notifications.filter((n) => n.status === 'resolved')).toEqual([]);

    const [teamA] = firing(sink, 'team-a-pager') as [Notification];
    expect(teamA.alerts.map((a) => [a.labels.alertname, a.labels.node])).toEqual([
      ['MlhealthNodeCritical', 'a.health'],
    ]);
    expect(teamA.alerts[0]?.annotations.description).toMatch(
      /cause: a (x|y) drift \([0-9.]+% of the deficit\): PSI [0-9.]+ ≥ 0\.25 \(critical\)|cause: a m missing \([0-9.]+% of the deficit\): missing ratio [0-9.]+% ≥ 20% \(critical\)/,
    );
    const [bridge] = firing(sink, 'leadership-bridge') as [Notification];
    expect(bridge.alerts.map((a) => a.labels.node)).toEqual(['revenue']);
    expect(bridge.alerts[0]?.annotations.description).toMatch(
      /cause: Model (a|b) health \([0-9.]+% of the deficit\) → /,
    );
  });
});
