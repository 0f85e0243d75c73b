/**
 * Synthetic cascades answered as Prometheus would answer the panel's queries: a hand-written demo (every
 * status present, drift, impacts, an unknown node) for tests, the harness and screenshots, and generated
 * cascades of any size for the benchmark. Deterministic: no clock, no Math.random.
 */
import type { PromQuery, PromSample } from './prometheusFrames';

export interface SyntheticNode {
  id: string;
  tier: 'business' | 'component' | 'base';
  model: string;
  title: string;
  unit: string;
  owner: string;
  runbook: string;
  children: Array<{ id: string; weight: number }>;
  /** Final score; the history drifts towards it. null: the status series stops early (unknown now). */
  finalScore: number | null;
  /** No status series at all (the node is exported by info only). */
  noStatus?: boolean;
  value?: { final: number; warning: number; critical: number };
  /** `unit`/`per`: exported as `mlhealth_business_unit_info` when given (older exporters export none). */
  impact?: { measure: string; exposure: number; maxLoss: number; unit?: string; per?: string };
}

export interface SyntheticCascade {
  nodes: SyntheticNode[];
  drift: Array<{ model: string; feature: string; method: string; final: number }>;
}

export interface QueryWindow {
  /** Unix seconds of the last point (the dashboard's "to"). */
  end: number;
  points: number;
  stepSeconds: number;
}

/** Score → status code with the default score thresholds (warning 0.75, critical 0.5). */
export function statusOfScore(score: number): 0 | 1 | 2 {
  return score < 0.5 ? 2 : score < 0.75 ? 1 : 0;
}

// A small deterministic PRNG (mulberry32), so generated histories are the same on every run.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A history that stays healthy, then moves to `final` over the last third (an incident). */
export function trajectory(final: number, points: number, seed: number): number[] {
  const rnd = prng(seed);
  const start = Math.max(final, 0.92);
  return Array.from({ length: points }, (_, i) => {
    const x = Math.max(0, (i - (2 * points) / 3) / (points / 3));
    const v = start + (final - start) * Math.min(1, x) + (rnd() - 0.5) * 0.03;
    return i === points - 1 ? final : Math.min(1, Math.max(0, v));
  });
}

function times(w: QueryWindow): number[] {
  return Array.from({ length: w.points }, (_, i) => w.end - (w.points - 1 - i) * w.stepSeconds);
}

function range(metric: Record<string, string>, ts: number[], vs: Array<number | null>): PromSample {
  const values: Array<[number, string]> = [];
  ts.forEach((t, i) => {
    const v = vs[i];
    if (v !== null) {
      values.push([t, String(v)]);
    }
  });
  return { metric, values };
}

function instant(metric: Record<string, string>, t: number, v: number): PromSample {
  return { metric, value: [t, String(v)] };
}

interface History {
  score: Array<number | null>;
  status: Array<number | null>;
}

/** Leaf histories from their final scores; parents take the worst child (unknown if any child is). */
function histories(c: SyntheticCascade, points: number): Map<string, History> {
  const byId = new Map(c.nodes.map((n) => [n.id, n]));
  const out = new Map<string, History>();
  const visit = (n: SyntheticNode, seed: number): History => {
    const known = out.get(n.id);
    if (known) {
      return known;
    }
    let h: History;
    if (n.children.length === 0) {
      const score: Array<number | null> =
        n.finalScore === null
          ? trajectory(0.9, points, seed).map((v, i) => (i >= points - 4 ? null : v))
          : trajectory(n.finalScore, points, seed);
      h = { score, status: score.map((s) => (s === null ? null : statusOfScore(s))) };
    } else {
      const kids = n.children.map((k, i) => visit(byId.get(k.id)!, seed * 31 + i + 1));
      const score = Array.from({ length: points }, (_, t) =>
        kids.some((k) => k.score[t] === null) ? null : Math.min(...kids.map((k) => k.score[t] as number))
      );
      h = { score, status: score.map((s) => (s === null ? 3 : statusOfScore(s))) };
    }
    if (n.noStatus) {
      h = { score: h.score.map(() => null), status: h.status.map(() => null) };
    }
    out.set(n.id, h);
    return h;
  };
  c.nodes.forEach((n, i) => visit(n, i + 1));
  return out;
}

/**
 * The answers Prometheus gives to the panel's eleven queries over `w`: scores, statuses, values,
 * contributions, impacts and drift as range queries (time series), info and thresholds as instant
 * tables, edges, exposures and last updates as instant time series — so every shape the panel reads
 * is exercised.
 */
export function cascadeQueries(c: SyntheticCascade, w: QueryWindow): PromQuery[] {
  const ts = times(w);
  const h = histories(c, w.points);
  const node = (n: SyntheticNode) => ({ node: n.id, tier: n.tier, model: n.model });
  const q = (
    refId: string,
    name: string,
    result: PromSample[],
    format: 'time_series' | 'table' = 'time_series',
    isRange = true
  ): PromQuery => ({
    refId,
    expr: name,
    format,
    stepSeconds: isRange ? w.stepSeconds : undefined,
    response: { status: 'success', data: { resultType: isRange ? 'matrix' : 'vector', result } },
  });
  const withName = (name: string, labels: Record<string, string>) => ({ __name__: name, ...labels });
  const scored = c.nodes.filter((n) => !n.noStatus);
  const contributions: PromSample[] = [];
  for (const p of c.nodes) {
    const kids = p.children.map((k) => ({ ...k, h: h.get(k.id)! }));
    for (const k of kids) {
      const share = ts.map((_, t) => {
        const deficits = kids.map((x) => (x.h.score[t] === null ? null : x.weight * (1 - (x.h.score[t] as number))));
        const total = deficits.reduce<number>((a, d) => a + (d ?? 0), 0);
        const mine = deficits[kids.indexOf(k)];
        return deficits.some((d) => d === null) || total <= 0 || mine === null ? null : mine / total;
      });
      contributions.push(range(withName('mlhealth_node_contribution', { parent: p.id, child: k.id }), ts, share));
    }
  }
  const impactOf = (n: SyntheticNode, t: number) => {
    const s = h.get(n.id)!.score[t];
    return s === null || !n.impact ? null : n.impact.exposure * n.impact.maxLoss * (1 - s);
  };
  const valueOf = (n: SyntheticNode, t: number) => {
    const s = h.get(n.id)!.score[t];
    const v = n.value!;
    return s === null ? null : v.final * (0.6 + (0.4 * (1 - s)) / Math.max(1e-9, 1 - (n.finalScore ?? 0.9)));
  };
  const last = ts[ts.length - 1];
  return [
    q(
      'A',
      'mlhealth_node_score',
      scored.map((n) => range(withName('mlhealth_node_score', node(n)), ts, h.get(n.id)!.score))
    ),
    q(
      'B',
      'mlhealth_node_status',
      scored.map((n) => range(withName('mlhealth_node_status', node(n)), ts, h.get(n.id)!.status))
    ),
    q(
      'C',
      'mlhealth_node_value',
      c.nodes
        .filter((n) => n.value && !n.noStatus)
        .map((n) =>
          range(
            withName('mlhealth_node_value', node(n)),
            ts,
            ts.map((_, t) => valueOf(n, t))
          )
        )
    ),
    q(
      'D',
      'mlhealth_node_info',
      c.nodes.map((n) =>
        instant(
          withName('mlhealth_node_info', {
            ...node(n),
            title: n.title,
            unit: n.unit,
            owner: n.owner,
            runbook_url: n.runbook,
          }),
          last,
          1
        )
      ),
      'table',
      false
    ),
    q(
      'E',
      'mlhealth_edge_weight',
      c.nodes.flatMap((p) =>
        p.children.map((k) => instant(withName('mlhealth_edge_weight', { parent: p.id, child: k.id }), last, k.weight))
      ),
      'time_series',
      false
    ),
    q('F', 'mlhealth_node_contribution', contributions),
    q(
      'G',
      'mlhealth_node_threshold',
      c.nodes.flatMap((n) => thresholdSamples(n, last)),
      'table',
      false
    ),
    q(
      'H',
      'mlhealth_node_last_update_timestamp_seconds',
      scored
        .filter((n) => h.get(n.id)!.status[w.points - 1] !== null)
        .map((n) => instant(withName('mlhealth_node_last_update_timestamp_seconds', { node: n.id }), last, last - 7)),
      'time_series',
      false
    ),
    q(
      'I',
      'mlhealth_business_impact',
      c.nodes
        .filter((n) => n.impact)
        .map((n) =>
          range(
            withName('mlhealth_business_impact', { node: n.id, measure: n.impact!.measure }),
            ts,
            ts.map((_, t) => impactOf(n, t))
          )
        )
    ),
    q(
      'J',
      'mlhealth_business_exposure',
      c.nodes
        .filter((n) => n.impact)
        .map((n) =>
          instant(
            withName('mlhealth_business_exposure', { node: n.id, measure: n.impact!.measure }),
            last,
            n.impact!.exposure
          )
        ),
      'time_series',
      false
    ),
    q(
      'L',
      'mlhealth_business_unit_info',
      c.nodes
        .filter((n) => n.impact?.unit !== undefined)
        .map((n) => {
          const { measure, unit = '', per = '' } = n.impact!;
          return instant(withName('mlhealth_business_unit_info', { node: n.id, measure, unit, per }), last, 1);
        }),
      'table',
      false
    ),
    q(
      'K',
      'mlhealth_feature_drift',
      c.drift.map((d, i) =>
        range(
          withName('mlhealth_feature_drift', { model: d.model, feature: d.feature, method: d.method }),
          ts,
          driftHistory(d.final, w.points, i + 7)
        )
      )
    ),
  ];
}

function thresholdSamples(n: SyntheticNode, t: number): PromSample[] {
  const levels = n.value
    ? { warning: n.value.warning, critical: n.value.critical }
    : n.children.length
      ? { warning: 0.75, critical: 0.5 }
      : null;
  if (!levels) {
    return [];
  }
  return (['warning', 'critical'] as const).map((level) =>
    instant({ __name__: 'mlhealth_node_threshold', node: n.id, level }, t, levels[level])
  );
}

function driftHistory(final: number, points: number, seed: number): number[] {
  const rnd = prng(seed);
  return Array.from({ length: points }, (_, i) => {
    const ramp = Math.max(0, (i - points / 2) / (points / 2));
    const base = Math.min(final, 0.03) + (final - Math.min(final, 0.03)) * ramp * ramp;
    return Math.max(0, Number((base * (0.85 + 0.3 * rnd())).toFixed(4)));
  });
}
