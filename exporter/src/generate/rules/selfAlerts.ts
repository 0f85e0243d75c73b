/**
 * Alerts about the exporter itself (down, missing from service discovery, failing to evaluate) and the
 * per-model retraining recommendation.
 */
import { formatDuration } from '../../spec/duration';
import type { Spec } from '../../spec/types';
import { METRICS } from '../../metrics/names';
import type { GenerateContext } from '../context';
import { alertAnnotations, alertLabels, quote } from './labels';
import { ALERTS, SCRAPE_JOB } from './names';
import { exporterDownFor, keepFiringFor, nodeFor } from './timing';
import type { AlertingRule, RuleGroup } from './types';

/** The `mlhealth-exporter` group: exporter down, absent, evaluation failing, store not writable. */
export function selfRuleGroup(spec: Spec): RuleGroup {
  const wait = formatDuration(exporterDownFor(spec));
  const job = `job=${quote(SCRAPE_JOB)}`;
  const labels = { severity: 'critical' };
  const mutes =
    'While it lasts, the data alerts of this exporter are inhibited, and so are the no-data and burn-rate alerts of this environment that carry no instance.';
  const rules: AlertingRule[] = [
    {
      alert: ALERTS.exporterDown,
      expr: `up{${job}} == 0`,
      for: wait,
      labels,
      annotations: {
        summary: 'The mlhealth exporter is down',
        description: `Prometheus cannot scrape the mlhealth exporter {{ $labels.instance }}. ${mutes}`,
      },
    },
    {
      alert: ALERTS.exporterAbsent,
      expr: `absent(up{${job}})`,
      for: wait,
      labels,
      annotations: {
        summary: 'The mlhealth exporter is not scraped at all',
        description: `No target of job ${SCRAPE_JOB} exists: the scrape configuration or service discovery lost the exporter.`,
      },
    },
    {
      alert: ALERTS.evaluationFailing,
      expr: `${METRICS.up.name} == 0`,
      for: wait,
      labels,
      annotations: {
        summary: 'The mlhealth exporter fails to evaluate the cascade',
        description: `The exporter {{ $labels.instance }} answers scrapes but its last cascade evaluation failed; see its logs.`,
      },
    },
    {
      alert: ALERTS.storeWriteFailing,
      expr: `${METRICS.storeUp.name} == 0`,
      for: '0s',
      labels,
      annotations: {
        summary: 'The mlhealth exporter cannot write its durable store',
        description:
          `The exporter {{ $labels.instance }} refuses writes (507 or 503) because its store cannot commit them: ` +
          `{{ with printf \`increase(${METRICS.storeWriteErrors.name}{instance="%s"}[5m]) > 0\` $labels.instance | query }}{{ . | first | label "cause" }}{{ else }}see its logs{{ end }}. ` +
          `Free the disk (or raise --store-max-bytes); nothing refused was applied.`,
      },
    },
  ];
  return { name: 'mlhealth-exporter', rules };
}

/**
 * One alert per model with a `retrain_trigger` on any node, labelled as the first such node (spec
 * order), which also gives the alert its team and playbook. Empty list when no node has a trigger.
 */
export function retrainRules(ctx: GenerateContext): AlertingRule[] {
  const rules: AlertingRule[] = [];
  for (const model of ctx.spec.models) {
    const facts = ctx.nodes.find(
      (f) => f.node.retrain_trigger !== undefined && triggerModels(ctx, f.node.id).includes(model.id),
    );
    if (facts === undefined) continue;
    const trigger = facts.node.retrain_trigger as NonNullable<typeof facts.node.retrain_trigger>;
    const held = trigger.for === undefined ? '' : ` for ${formatDuration(trigger.for)}`;
    rules.push({
      alert: ALERTS.retrainRecommended,
      expr: `${METRICS.retrainRecommended.name}{model=${quote(model.id)}} == 1`,
      for: formatDuration(nodeFor(facts)),
      keep_firing_for: formatDuration(keepFiringFor(ctx.spec, facts)),
      labels: { ...alertLabels(facts, 'warning'), model: model.id },
      annotations: alertAnnotations(
        facts,
        `Retraining ${model.title ?? model.id} is recommended`,
        `${facts.node.title} has been ${trigger.status} or worse${held}, the spec's retraining trigger for ` +
          `model ${model.id} (version ${model.version}). Plan a retrain and a new reference.`,
      ),
    });
  }
  return rules;
}

/** Models a trigger on `nodeId` recommends retraining: its own model, else the models beneath it. */
function triggerModels(ctx: GenerateContext, nodeId: string): string[] {
  const facts = ctx.byId.get(nodeId);
  if (facts === undefined) return [];
  if (facts.node.model !== undefined) return [facts.node.model];
  return [
    ...new Set(
      facts.descendants.map((id) => ctx.byId.get(id)?.node.model).filter((m): m is string => m !== undefined),
    ),
  ];
}
