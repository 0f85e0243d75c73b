/**
 * End to end, with real processes on 127.0.0.1: the built exporter runs the demo with an accelerated
 * incident schedule; Prometheus scrapes it every second and evaluates the generated rules every
 * second; the generated Alertmanager configuration routes to a webhook sink (each receiver at its own
 * path). Only Alertmanager's group timers are shortened and its receivers pointed at the sink;
 * everything else is what `mlhealth generate` writes for the demo spec.
 *
 * Timeline at --demo-time-scale 6: fraud `amount` drifts ≈ 20–35 s (critical ≈ 40–52 s as the 30 s
 * window fills), recs latency spikes ≈ 40–55 s, merchant_category goes missing ≈ 60–75 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSpecFile, type Spec } from '../../src/spec';
import { receiverName } from '../../src/generate/alertmanager/receivers';
import { buildContext } from '../../src/generate/context';
import { generateDashboards } from '../../src/generate/dashboards';
import {
  freePort,
  startAlertmanager,
  startProcess,
  startPrometheus,
  waitFor,
  type RunningProcess,
} from '../support/processes';
import { dashboardQueries } from './support/dashboardQueries';
import { buildExporter, ROOT, writeGeneratedStack } from './support/generatedStack';
import { received, startWebhookSink, type WebhookAlert, type WebhookSink } from './support/webhookSink';

const DEMO = resolve(ROOT, 'exporter/examples/demo.yaml');
const TIME_SCALE = 6;
const ENVIRONMENT = 'e2e';

jest.setTimeout(200_000);

async function promQuery(
  prom: RunningProcess,
  expr: string,
): Promise<Array<{ metric: Record<string, string>; value: [number, string] }>> {
  const res = await fetch(`${prom.url}/api/v1/query?query=${encodeURIComponent(expr)}`);
  const body = (await res.json()) as {
    status: string;
    error?: string;
    data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> };
  };
  if (body.status !== 'success') throw new Error(`query ${expr} failed: ${body.error ?? res.status}`);
  return body.data.result;
}

/** The receiver the spec pages for a node's critical alerts, and the node's playbook. */
function pagerOf(spec: Spec, node: string): { receiver: string; runbook: string | undefined; team: string } {
  const facts = buildContext(spec).byId.get(node);
  const level = facts?.policy?.levels.find((l) => l.severity === 'critical');
  if (facts?.team === undefined || level === undefined)
    throw new Error(`pagerOf: no critical level for ${node}`);
  return {
    receiver: receiverName(facts.team.id, level.receiver),
    runbook: facts.runbookUrl,
    team: facts.team.id,
  };
}

interface AmAlert {
  labels: Record<string, string>;
  status: { state: string; inhibitedBy: string[] };
}

describe('alerting end to end: demo exporter → Prometheus → Alertmanager → webhook', () => {
  let dir = '';
  let spec: Spec;
  let sink: WebhookSink;
  let exporter: RunningProcess | undefined;
  let prometheus: RunningProcess | undefined;
  let alertmanager: RunningProcess | undefined;
  const procs = () =>
    [exporter, prometheus, alertmanager].filter((p): p is RunningProcess => p !== undefined);

  beforeAll(async () => {
    buildExporter();
    const demo = (await loadSpecFile(DEMO)).spec;
    // Timers shortened, as in Alertmanager below: the exporter alerts after 10 s instead of 2 min.
    spec = { ...demo, platform: { escalation: 'platform-oncall', exporter_down_after: 10 } };
    sink = await startWebhookSink();
    dir = mkdtempSync(join(tmpdir(), 'mlhealth-e2e-'));
    const [exporterPort, amPort] = [await freePort(), await freePort()];
    const files = writeGeneratedStack(spec, dir, { exporter: exporterPort, alertmanager: amPort }, sink.url);
    alertmanager = await startAlertmanager(files.alertmanagerConfig, amPort);
    exporter = await startProcess(
      process.execPath,
      [
        join(ROOT, 'exporter/dist/cli/main.js'),
        'serve',
        '--listen',
        `127.0.0.1:${exporterPort}`,
        '--demo-time-scale',
        String(TIME_SCALE),
      ],
      exporterPort,
      '/readyz',
    );
    prometheus = await startPrometheus(files.prometheusConfig);
  }, 190_000);

  afterAll(async () => {
    for (const p of procs()) await p.stop();
    await sink?.close();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('scrapes the exporter: the target is up', async () => {
    const up = await waitFor(
      'up{job="mlhealth"} == 1',
      async () => {
        const r = await promQuery(prometheus!, 'up{job="mlhealth"}');
        return r.length === 1 && r[0]!.value[1] === '1' ? r[0] : undefined;
      },
      20_000,
    );
    expect(up.metric).toMatchObject({ job: 'mlhealth', environment: ENVIRONMENT });
  });

  const isDriftPage = (a: WebhookAlert) =>
    a.labels.alertname === 'MlhealthNodeCritical' && a.labels.node === 'fraud.drift';

  it('pages the fraud team once for the injected drift, at its component, with the cause chain, playbook and drill-down', async () => {
    const { receiver, runbook, team } = pagerOf(spec, 'fraud.drift');
    expect(team).toBe('ml-fraud');
    const alert = await waitFor(
      `drift page at ${receiver}`,
      async () => received(sink, receiver, (a) => isDriftPage(a) && a.status === 'firing')[0],
      110_000,
      500,
    );
    expect(alert.labels).toMatchObject({
      severity: 'critical',
      team,
      tier: 'component',
      model: 'fraud',
      outcome: 'revenue_assurance',
      environment: ENVIRONMENT,
    });
    expect(alert.annotations.runbook_url).toBe(runbook);
    expect(runbook).toMatch(/^https:\/\//);
    expect(alert.annotations.dashboard_url).toBe(
      'http://localhost:3000/d/mlhealth-engineering/engineering-view?var-model=fraud&var-node=fraud.drift',
    );
    // The chain down to the feature and the statistic that crossed its threshold.
    expect(alert.annotations.description).toMatch(
      /cause: Fraud · amount drift \(PSI\) \([0-9.]+% of the deficit\): PSI [0-9.]+ ≥ 0\.25 \(critical\)/,
    );
    // The base alert beneath it is muted while it fires (same team). (Whether it slipped out before the
    // component fired depends on this suite's 1 s group wait; compoundIncident.test.ts counts with the
    // generated timers.)
    const muted = await waitFor(
      'the base critical beneath it suppressed',
      async () => {
        const res = await fetch(`${alertmanager!.url}/api/v2/alerts`);
        const alerts = (await res.json()) as AmAlert[];
        return alerts.find(
          (a) =>
            a.labels.alertname === 'MlhealthNodeCritical' &&
            a.labels.node === 'fraud.drift.amount' &&
            a.status.state === 'suppressed',
        );
      },
      20_000,
      500,
    );
    expect(muted.status.inhibitedBy.length).toBeGreaterThan(0);
    // No other receiver is paged for this node.
    const elsewhere = sink.notifications.filter(
      (n) => n.receiverPath !== `/${receiver}` && n.alerts.some(isDriftPage),
    );
    expect(elsewhere).toEqual([]);
  });

  it('pages leadership for revenue assurance with the money at risk and the top contributing child', async () => {
    const { receiver } = pagerOf(spec, 'revenue_assurance');
    const alert = await waitFor(
      'business page',
      async () =>
        received(
          sink,
          receiver,
          (a) => a.labels.alertname === 'MlhealthBusinessCritical' && a.labels.node === 'revenue_assurance',
        )[0],
      30_000,
      500,
    );
    expect(alert.annotations.description).toMatch(
      /^Revenue assurance: [0-9.]+ USD\/hour at risk; score [0-9.]+ \(warning below 0\.75, critical below 0\.5\); cause: .+ \(\d+(\.\d+)?% of the deficit\)/,
    );
  });

  it('every PromQL expression of the generated dashboards returns data', async () => {
    const dashboards = generateDashboards(buildContext(spec));
    const common = { environment: ENVIRONMENT, model: 'fraud', __rate_interval: '30s' };
    const queries = [
      ...dashboardQueries(dashboards.executive, { ...common, node: 'revenue_assurance' }),
      ...dashboardQueries(dashboards.engineering, { ...common, node: 'fraud.drift' }),
      ...dashboardQueries(dashboards.model, { ...common, node: 'fraud.drift.amount' }),
    ];
    expect(queries.length).toBeGreaterThan(30);
    const empty: string[] = [];
    for (const q of queries) {
      const result = await promQuery(prometheus!, q.expr);
      const ok =
        result.length > 0 &&
        (q.label === undefined || result.some((r) => r.metric[q.label as string] !== undefined));
      if (!ok) empty.push(`${q.where}: ${q.expr}`);
    }
    expect(empty).toEqual([]);
  });

  it('resolves the drift page after recovery (and keep_firing_for)', async () => {
    const { receiver, runbook } = pagerOf(spec, 'fraud.drift');
    const resolved = await waitFor(
      `drift resolved at ${receiver}`,
      async () => received(sink, receiver, (a) => isDriftPage(a) && a.status === 'resolved')[0],
      170_000,
      500,
    );
    expect(resolved.annotations.runbook_url).toBe(runbook);
  });

  it('raises exporter-down to the platform owner only when the exporter stops, and inhibits the data alerts', async () => {
    await exporter!.stop();
    exporter = undefined;
    const inhibited = await waitFor(
      'exporter down active and data alerts inhibited',
      async () => {
        const res = await fetch(`${alertmanager!.url}/api/v2/alerts`);
        const alerts = (await res.json()) as AmAlert[];
        const down = alerts.find(
          (a) => a.labels.alertname === 'MlhealthExporterDown' && a.status.state === 'active',
        );
        const data = alerts.filter((a) => a.labels.tier !== undefined);
        const muted = data.filter((a) => a.status.inhibitedBy.length > 0);
        return down !== undefined && muted.length > 0 && muted.length === data.length
          ? { down, muted }
          : undefined;
      },
      40_000,
      500,
    );
    expect(inhibited.down.labels).toMatchObject({ severity: 'critical', environment: ENVIRONMENT });
    expect(inhibited.muted.every((a) => a.status.state === 'suppressed')).toBe(true);
    const notified = await waitFor(
      'exporter down notified',
      async () =>
        received(sink, 'ml-platform-platform-pager', (a) => a.labels.alertname === 'MlhealthExporterDown')[0],
      10_000,
      500,
    );
    expect(notified.status).toBe('firing');
    const elsewhere = sink.notifications.filter(
      (n) =>
        n.receiverPath !== '/ml-platform-platform-pager' &&
        n.alerts.some((a) => a.labels.alertname === 'MlhealthExporterDown'),
    );
    expect(elsewhere).toEqual([]);
  });
});
