/**
 * The cascade series of the metric contract, computed once per snapshot: pure, from the spec and the
 * last `CascadeSnapshot`. The exposition layer caches the result until the next evaluation, so a scrape
 * only copies arrays.
 *
 * Semantics (DESIGN.md, metric contract v1): an unknown node has no `mlhealth_node_score` series, whatever
 * its tier and unknown policy (its `mlhealth_node_status` 3 says why): the advisory score a `propagate`
 * parent keeps in the JSON API never reaches a gauge, so no dashboard can paint missing data green; `mlhealth_node_value` exists for base nodes with a value only;
 * `model` is the empty string for nodes spanning models. `mlhealth_business_unit_info` is static like
 * `mlhealth_node_info`: one series per business node with an impact model, its unit split by
 * `spec/impactUnit.ts` (`USD/hour` → unit `USD`, per `hour`). `mlhealth_multivariate_feature_share`
 * exists for a known classifier `multivariate_drift` node only: one series per feature it watches.
 */
import type { CascadeSnapshot, NodeResult } from '../cascade/types';
import { nodeSignalLabel } from '../cascade/labels';
import { unknownCause } from '../cascade/unknownCause';
import { statusCode } from '../spec/status';
import type { Spec } from '../spec/types';
import type { Sample } from './family';
import { nodeUnit } from '../spec/nodeUnit';
import { parseImpactUnit } from '../spec/impactUnit';

type NodeLabels = 'node' | 'tier' | 'model';

export interface CascadeSamples {
  score: Sample<NodeLabels>[];
  status: Sample<NodeLabels>[];
  unknownCause: Sample<'node' | 'cause'>[];
  value: Sample<NodeLabels>[];
  threshold: Sample<'node' | 'level'>[];
  info: Sample<NodeLabels | 'title' | 'unit' | 'owner' | 'runbook_url' | 'statistic'>[];
  edgeWeight: Sample<'parent' | 'child'>[];
  contribution: Sample<'parent' | 'child'>[];
  lastUpdate: Sample<'node'>[];
  anomaly: Sample<'node'>[];
  featureShare: Sample<'node' | 'model' | 'feature'>[];
  impact: Sample<'node' | 'measure'>[];
  exposure: Sample<'node' | 'measure'>[];
  unitInfo: Sample<'node' | 'measure' | 'unit' | 'per'>[];
  retrain: Sample<'model'>[];
}

/** Empty sample lists, for an exporter that has not evaluated yet. */
export function emptyCascadeSamples(): CascadeSamples {
  return {
    score: [],
    status: [],
    unknownCause: [],
    value: [],
    threshold: [],
    info: [],
    edgeWeight: [],
    contribution: [],
    lastUpdate: [],
    anomaly: [],
    featureShare: [],
    impact: [],
    exposure: [],
    unitInfo: [],
    retrain: [],
  };
}

/** A known classifier node's per-feature shares (`detail.feature_shares`, signals/observeMultivariate). */
function featureShares(result: NodeResult): Array<{ feature: string; share: number }> {
  const shares = result.status === 'unknown' ? undefined : result.detail?.feature_shares;
  if (!Array.isArray(shares)) return [];
  return shares.filter(
    (s): s is { feature: string; share: number } =>
      typeof s?.feature === 'string' && typeof s?.share === 'number' && Number.isFinite(s.share),
  );
}

function addNode(out: CascadeSamples, result: NodeResult): void {
  const labels = { node: result.id, tier: result.tier, model: result.model };
  if (result.score !== null && result.status !== 'unknown') out.score.push({ labels, value: result.score });
  out.status.push({ labels, value: statusCode(result.status) });
  if (result.status === 'unknown') {
    out.unknownCause.push({ labels: { node: result.id, cause: unknownCause(result.reason) }, value: 1 });
  }
  if (result.tier === 'base' && result.value !== null) out.value.push({ labels, value: result.value });
  if (result.thresholds !== null) {
    out.threshold.push({ labels: { node: result.id, level: 'warning' }, value: result.thresholds.warning });
    out.threshold.push({ labels: { node: result.id, level: 'critical' }, value: result.thresholds.critical });
  }
  for (const c of result.contributions) {
    out.contribution.push({ labels: { parent: result.id, child: c.child }, value: c.share });
  }
  out.lastUpdate.push({ labels: { node: result.id }, value: result.updatedAt });
  for (const { feature, share } of featureShares(result)) {
    out.featureShare.push({ labels: { node: result.id, model: result.model, feature }, value: share });
  }
  if (result.impact !== null) {
    const labels = { node: result.id, measure: result.impact.measure };
    out.impact.push({ labels, value: result.impact.value });
    out.exposure.push({ labels, value: result.impact.exposure });
  } else if (result.impactUnknown !== undefined && result.impactUnknown.exposure !== null) {
    // Unknown impact is never priced as zero: the impact series is absent, the exposure is still known.
    const { measure, exposure } = result.impactUnknown;
    out.exposure.push({ labels: { node: result.id, measure }, value: exposure });
  }
}

/**
 * The cascade series for `snapshot` (null: nothing evaluated yet, only the static `mlhealth_node_info`).
 * `anomalyScores` holds each base node's robust z-score (null while its history is short: no series).
 * Complexity: O(nodes + edges + contributions).
 */
export function cascadeSamples(
  spec: Spec,
  snapshot: CascadeSnapshot | null,
  anomalyScores: ReadonlyMap<string, number | null>,
): CascadeSamples {
  const out = emptyCascadeSamples();
  for (const node of spec.nodes) {
    out.info.push({
      labels: {
        node: node.id,
        tier: node.tier,
        model: node.model ?? '',
        title: node.title,
        unit: nodeUnit(node),
        owner: node.owner ?? '',
        runbook_url: node.playbook ?? '',
        statistic: node.tier === 'base' ? nodeSignalLabel(spec, node) : '',
      },
      value: 1,
    });
    if (node.impact !== undefined) {
      const { unit, per } = parseImpactUnit(node.impact.unit, spec.currency);
      out.unitInfo.push({ labels: { node: node.id, measure: node.impact.measure, unit, per }, value: 1 });
    }
  }
  if (snapshot === null) return out;
  for (const result of snapshot.nodes) addNode(out, result);
  for (const edge of snapshot.edges) {
    out.edgeWeight.push({ labels: { parent: edge.parent, child: edge.child }, value: edge.weight });
  }
  for (const result of snapshot.nodes) {
    const z = anomalyScores.get(result.id);
    if (z !== undefined && z !== null && Number.isFinite(z))
      out.anomaly.push({ labels: { node: result.id }, value: z });
  }
  for (const model of spec.models) {
    out.retrain.push({
      labels: { model: model.id },
      value: snapshot.retrainRecommended[model.id] === true ? 1 : 0,
    });
  }
  return out;
}
