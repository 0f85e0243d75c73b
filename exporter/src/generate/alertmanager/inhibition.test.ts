/**
 * Inhibition proven against a real Alertmanager on 127.0.0.1: alerts posted through its API, muted
 * (or not) exactly as the generated inhibit rules say.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSpecFile } from '../../spec';
import { startAlertmanager, waitFor, type RunningProcess } from '../../../test/support/processes';
import { writeTemp } from '../__fixtures__/tools';
import { buildContext } from '../context';
import { generateOutputs } from '../outputs';
import { retrainRules } from '../rules/selfAlerts';
import { OUTPUT_PATHS } from '../provisioning';

const DEMO = resolve(__dirname, '../../../examples/demo.yaml');

type Labels = Record<string, string>;
interface ApiAlert {
  labels: Labels;
  status: { state: string; inhibitedBy: string[] };
}

const env = { environment: 'test' };
/** A data alert with the labels the generated rules give it (team from the node's escalation). */
const data = (alertname: string, severity: string, tier: string, node: string, team?: string): Labels => ({
  alertname,
  severity,
  tier,
  node,
  ...(team === undefined ? {} : { team }),
  ...env,
});

describe('inhibit rules in a real Alertmanager', () => {
  let am: RunningProcess;
  let dir = '';
  beforeAll(async () => {
    const spec = (await loadSpecFile(DEMO)).spec;
    dir = writeTemp(generateOutputs(spec, { prometheusOperator: false }));
    am = await startAlertmanager(join(dir, OUTPUT_PATHS.alertmanager));
  }, 30_000);
  afterAll(async () => {
    await am?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function post(alerts: Labels[]): Promise<void> {
    const res = await fetch(`${am.url}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alerts.map((labels) => ({ labels, annotations: { summary: 'test' } }))),
    });
    expect(res.status).toBe(200);
  }

  /** Waits until the alert with exactly these labels is known, then says whether it is inhibited. */
  async function inhibited(labels: Labels): Promise<boolean> {
    const key = JSON.stringify(Object.entries(labels).sort());
    const alert = await waitFor(
      `alert ${key} listed`,
      async () => {
        const res = await fetch(`${am.url}/api/v2/alerts`);
        const list = (await res.json()) as ApiAlert[];
        return list.find((a) => JSON.stringify(Object.entries(a.labels).sort()) === key);
      },
      10_000,
    );
    return alert.status.inhibitedBy.length > 0;
  }

  /** Inhibition is applied by the inhibitor as sources arrive: poll (bounded) for the expected state. */
  async function expectInhibited(labels: Labels, expected: boolean): Promise<void> {
    await waitFor(
      `${labels.alertname} ${labels.node ?? ''} inhibited=${expected}`,
      async () => ((await inhibited(labels)) === expected ? true : undefined),
      10_000,
    );
  }

  it('mutes the warning of a node while its critical alert fires, not other nodes', async () => {
    const warning = data('MlhealthNodeWarning', 'warning', 'base', 'fraud.drift.amount');
    const other = data('MlhealthNodeWarning', 'warning', 'base', 'fraud.drift.share');
    await post([warning, other, data('MlhealthNodeCritical', 'critical', 'base', 'fraud.drift.amount')]);
    await expectInhibited(warning, true);
    await expectInhibited(other, false);
  });

  it("never mutes the retraining recommendation with its own node's critical", async () => {
    const spec = (await loadSpecFile(DEMO)).spec;
    const [rule] = retrainRules(buildContext(spec));
    if (rule === undefined) throw new Error('the demo declares a retrain_trigger');
    const retrain: Labels = { alertname: rule.alert, ...rule.labels, ...env };
    const critical = data('MlhealthNodeCritical', 'critical', retrain.tier, retrain.node);
    const warning = data('MlhealthNodeWarning', 'warning', retrain.tier, retrain.node);
    await post([retrain, warning, critical]);
    await expectInhibited(warning, true);
    await expectInhibited(retrain, false);
  });

  it("mutes a team's descendant alerts (base included) under its ancestor's, never another team's", async () => {
    const fraud = 'ml-fraud';
    const amount = data('MlhealthNodeCritical', 'critical', 'base', 'fraud.drift.amount', fraud);
    const share = data('MlhealthNodeWarning', 'warning', 'base', 'fraud.drift.share', fraud);
    const confidence = data(
      'MlhealthNodeCritical',
      'critical',
      'base',
      'fraud.prediction_quality.confidence',
      fraud,
    );
    const platform = data('MlhealthNodeCritical', 'critical', 'base', 'fraud.serving.errors', 'ml-platform');
    await post([amount, share, confidence, platform]);
    await expectInhibited(amount, false);
    // fraud.drift warning: mutes the warning below it, not the critical.
    await post([data('MlhealthNodeWarning', 'warning', 'component', 'fraud.drift', fraud)]);
    await expectInhibited(share, true);
    await expectInhibited(amount, false);
    // fraud.drift critical: mutes both, but not a sibling component's node nor another team's.
    await post([data('MlhealthNodeCritical', 'critical', 'component', 'fraud.drift', fraud)]);
    await expectInhibited(amount, true);
    await expectInhibited(confidence, false);
    await expectInhibited(platform, false);
    // A business page of another team (leadership) mutes nothing of the fraud team.
    const drift = data('MlhealthNodeCritical', 'critical', 'component', 'fraud.drift', fraud);
    await post([data('MlhealthBusinessCritical', 'critical', 'business', 'revenue_assurance', 'leadership')]);
    await expectInhibited(drift, false);
  });

  it("an ancestor's no-data never hides a degradation below it; it mutes the no-data below it", async () => {
    const team = 'ml-recs';
    const degraded = data('MlhealthNodeCritical', 'critical', 'base', 'recs.drift.affinity', team);
    const missing = data('MlhealthNodeNoData', 'warning', 'base', 'recs.drift.worst', team);
    await post([degraded, missing, data('MlhealthNodeNoData', 'warning', 'component', 'recs.drift', team)]);
    await expectInhibited(missing, true);
    await expectInhibited(degraded, false);
  });

  it("with shards, one exporter down mutes its own alerts and recorded parents' no-data, nothing else", async () => {
    // Node ids outside the spec, so only the exporter rules can mute them.
    const shards = { environment: 'sharded' };
    const at = (labels: Labels, instance?: string): Labels => ({
      ...labels,
      ...shards,
      ...(instance === undefined ? {} : { instance, job: 'mlhealth' }),
    });
    const ownCritical = at(data('MlhealthNodeCritical', 'critical', 'base', 'a.drift.x'), 'shard-0:9853');
    const otherCritical = at(data('MlhealthNodeCritical', 'critical', 'base', 'b.drift.x'), 'shard-1:9853');
    const otherNoData = at(data('MlhealthNodeNoData', 'warning', 'base', 'b.drift.y'), 'shard-1:9853');
    const parentNoData = at(data('MlhealthNodeNoData', 'warning', 'business', 'outcome.a'));
    const parentCritical = at(data('MlhealthBusinessCritical', 'critical', 'business', 'outcome.b'));
    const burn = at(data('MlhealthErrorBudgetBurn', 'critical', 'base', 'b.serving.errors'));
    const alerts = [ownCritical, otherCritical, otherNoData, parentNoData, parentCritical, burn];
    await post(alerts);
    for (const alert of alerts) await expectInhibited(alert, false);
    const down = { alertname: 'MlhealthExporterDown', severity: 'critical', job: 'mlhealth', ...shards };
    await post([{ ...down, instance: 'shard-0:9853' }]);
    for (const alert of [ownCritical, parentNoData, burn]) await expectInhibited(alert, true);
    for (const alert of [otherCritical, otherNoData, parentCritical]) await expectInhibited(alert, false);
    // No exporter scraped at all: every data alert of the environment is muted.
    await post([{ alertname: 'MlhealthExporterAbsent', severity: 'critical', job: 'mlhealth', ...shards }]);
    for (const alert of alerts) await expectInhibited(alert, true);
  });

  it('mutes every data alert of the environment while the exporter is down, not other environments', async () => {
    const here = data('MlhealthNodeNoData', 'warning', 'base', 'recs.serving.errors');
    const there = { ...here, environment: 'staging' };
    await post([here, there]);
    await expectInhibited(here, false);
    await post([
      {
        alertname: 'MlhealthExporterDown',
        severity: 'critical',
        job: 'mlhealth',
        instance: 'mlhealth:9853',
        ...env,
      },
    ]);
    await expectInhibited(here, true);
    await expectInhibited(there, false);
  });
});
