/**
 * One `CascadeNode` per node id found in the contract series, with its status, score, value, thresholds,
 * description and impacts at the model's time. Edges (parents, children, contributions) are attached
 * afterwards by `edges.ts`.
 */
import { CONTRACT_METRICS as M } from './metrics';
import type { ContractSeries } from './series';
import { pickAt, SeriesIndex } from './seriesIndex';
import { statusFromCode } from './status';
import type { CascadeNode, FeatureShare, Impact, StatusSource, Tier } from './types';

const NODE_METRICS = [
  M.nodeInfo,
  M.nodeScore,
  M.nodeStatus,
  M.nodeValue,
  M.nodeThreshold,
  M.nodeLastUpdate,
  M.businessImpact,
  M.businessExposure,
] as const;

/** Every node id named by a `node`, `parent` or `child` label of the contract series, sorted. */
export function collectNodeIds(index: SeriesIndex): string[] {
  const ids = new Set<string>();
  for (const metric of NODE_METRICS) {
    for (const s of index.all(metric)) {
      if (s.labels.node) {
        ids.add(s.labels.node);
      }
    }
  }
  for (const metric of [M.edgeWeight, M.nodeContribution] as const) {
    for (const s of index.all(metric)) {
      if (s.labels.parent) {
        ids.add(s.labels.parent);
      }
      if (s.labels.child) {
        ids.add(s.labels.child);
      }
    }
  }
  return [...ids].sort();
}

function asTier(v: string | undefined): Tier | null {
  return v === 'business' || v === 'component' || v === 'base' ? v : null;
}

/**
 * Builds the node `id` at time `at` (Unix ms) from the index.
 *
 * Convention (DESIGN.md, "missing data is never green"): without a status series the node is `unknown`
 * (`statusSource: 'no-status-series'`); with one that has no current sample at `at`, it is `unknown` too
 * (`'no-current-sample'`). An unknown node has no score, whatever a score series says (an exporter may
 * keep an advisory one): a number on an unknown card would read as health. The score, value, impacts and
 * last update are null when they have no current sample; title, unit, owner, runbook and thresholds are descriptions and use the nearest sample.
 * The tier comes from the `tier` label of the info, score, status or value series; when none has one it
 * is left as `component` with `tierInferred` set, for `edges.ts` to decide. O(series of the node · log n).
 */
export function buildNode(index: SeriesIndex, id: string, at: number): CascadeNode {
  const info = pickAt(index.withLabel(M.nodeInfo, 'node', id), at, true);
  const score = pickAt(index.withLabel(M.nodeScore, 'node', id), at, false);
  const status = pickAt(index.withLabel(M.nodeStatus, 'node', id), at, false);
  const value = pickAt(index.withLabel(M.nodeValue, 'node', id), at, false);
  const described = [info, score, status, value].map((p) => p?.series.labels);
  const tier = described.map((l) => asTier(l?.tier)).find((t) => t !== null) ?? null;
  const model = described.map((l) => l?.model).find((m) => m !== undefined && m !== '') ?? '';
  const infoLabels = info?.series.labels ?? {};
  const statusSource: StatusSource = !status
    ? 'no-status-series'
    : status.value === null
      ? 'no-current-sample'
      : 'series';
  const history = score?.series ?? null;
  return {
    id,
    title: infoLabels.title || id,
    tier: tier ?? 'component',
    tierInferred: tier === null,
    model,
    unit: infoLabels.unit ?? '',
    owner: infoLabels.owner ?? '',
    runbookUrl: infoLabels.runbook_url ?? '',
    status: statusFromCode(status?.value ?? null),
    statusSource,
    score: statusFromCode(status?.value ?? null) === 'unknown' ? null : (score?.value ?? null),
    value: value?.value ?? null,
    thresholds: {
      warning: threshold(index, id, 'warning', at),
      critical: threshold(index, id, 'critical', at),
    },
    lastUpdate: pickAt(index.withLabel(M.nodeLastUpdate, 'node', id), at, false)?.value ?? null,
    parents: [],
    children: [],
    contributions: [],
    impacts: impacts(index, id, at),
    statistic: infoLabels.statistic ?? '',
    featureShares: featureShares(index, id, at),
    scoreHistory: history ? { times: history.times, values: history.values } : { times: [], values: [] },
    valueHistory: value ? { times: value.series.times, values: value.series.values } : { times: [], values: [] },
    linkSource: (score ?? status ?? value ?? info)?.series.source ?? null,
  };
}

function unitOf(units: readonly ContractSeries[], measure: string, at: number): { unit: string; per: string } {
  const labels = pickAt(
    units.filter((s) => (s.labels.measure ?? '') === measure),
    at,
    true
  )?.series.labels;
  return { unit: labels?.unit ?? '', per: labels?.per ?? '' };
}

// Each feature's current share (no current sample: left out, never shown as 0), largest first.
function featureShares(index: SeriesIndex, id: string, at: number): FeatureShare[] {
  const out: FeatureShare[] = [];
  for (const s of index.withLabel(M.multivariateFeatureShare, 'node', id)) {
    const share = pickAt([s], at, false)?.value ?? null;
    if (share !== null && s.labels.feature) {
      out.push({ feature: s.labels.feature, share });
    }
  }
  return out.sort((a, b) => b.share - a.share || a.feature.localeCompare(b.feature));
}

function threshold(index: SeriesIndex, id: string, level: string, at: number): number | null {
  const list = index.withLabel(M.nodeThreshold, 'node', id).filter((s) => s.labels.level === level);
  return pickAt(list, at, true)?.value ?? null;
}

// A measure's impact, exposure and unit: a unit series alone still names the measure, whose impact is
// then unknown (never priced as zero).
function impacts(index: SeriesIndex, id: string, at: number): Impact[] {
  const measures = new Set<string>();
  const impact = index.withLabel(M.businessImpact, 'node', id);
  const exposure = index.withLabel(M.businessExposure, 'node', id);
  const units = index.withLabel(M.businessUnitInfo, 'node', id);
  for (const s of [...impact, ...exposure, ...units]) {
    measures.add(s.labels.measure ?? '');
  }
  return [...measures].sort().map((measure) => ({
    ...unitOf(units, measure, at),
    measure,
    value:
      pickAt(
        impact.filter((s) => (s.labels.measure ?? '') === measure),
        at,
        false
      )?.value ?? null,
    exposure:
      pickAt(
        exposure.filter((s) => (s.labels.measure ?? '') === measure),
        at,
        false
      )?.value ?? null,
  }));
}
