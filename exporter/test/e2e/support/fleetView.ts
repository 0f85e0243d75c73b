/**
 * What a fleet says about its cascade, reduced to comparable numbers: each node's status code and
 * score (only while known, as the metric contract exports it), each edge's contribution, each business
 * node's impact. Read from an exporter's own snapshot (the single process, or the pure engine on chosen
 * inputs) or from a Prometheus (the central one, recording rules included); `differences` lists where
 * two views disagree, naming the node and both values.
 */
import type { CascadeSnapshot } from '../../../src/cascade/types';
import { statusCode } from '../../../src/spec/status';
import { instantQuery } from './fleetPrometheus';

export interface FleetView {
  status: Map<string, number>;
  score: Map<string, number>;
  /** `parent → child` → share. */
  contribution: Map<string, number>;
  /** `node/measure` → amount at risk. */
  impact: Map<string, number>;
  /** Series seen twice for the same key (two producers of one node: never allowed). */
  duplicates: string[];
}

const edge = (parent: string, child: string) => `${parent} → ${child}`;

/** The view of `snapshot`, as `/metrics` would export it. */
export function viewOfSnapshot(snapshot: CascadeSnapshot): FleetView {
  const view: FleetView = {
    status: new Map(),
    score: new Map(),
    contribution: new Map(),
    impact: new Map(),
    duplicates: [],
  };
  for (const n of snapshot.nodes) {
    view.status.set(n.id, statusCode(n.status));
    if (n.status !== 'unknown' && n.score !== null) view.score.set(n.id, n.score);
    for (const c of n.contributions) view.contribution.set(edge(n.id, c.child), c.share);
    if (n.impact !== null) view.impact.set(`${n.id}/${n.impact.measure}`, n.impact.value);
  }
  return view;
}

/** The view of what Prometheus at `url` holds now. */
export async function viewOfPrometheus(url: string): Promise<FleetView> {
  const view: FleetView = {
    status: new Map(),
    score: new Map(),
    contribution: new Map(),
    impact: new Map(),
    duplicates: [],
  };
  const fill = async (
    expr: string,
    into: Map<string, number>,
    key: (m: Record<string, string>) => string,
  ) => {
    for (const s of await instantQuery(url, expr)) {
      const k = key(s.metric);
      if (into.has(k)) view.duplicates.push(`${expr} ${k}`);
      into.set(k, Number(s.value[1]));
    }
  };
  await fill('mlhealth_node_status', view.status, (m) => m.node);
  await fill('mlhealth_node_score', view.score, (m) => m.node);
  await fill('mlhealth_node_contribution', view.contribution, (m) => edge(m.parent, m.child));
  await fill('mlhealth_business_impact', view.impact, (m) => `${m.node}/${m.measure}`);
  return view;
}

/**
 * Where `actual` differs from `expected` for the nodes `include` accepts (all by default): a missing or
 * extra series, a status that differs, a number further than `tolerance` away. Contributions of 0 may
 * be absent (a child with no share of the deficit).
 */
export function differences(
  expected: FleetView,
  actual: FleetView,
  tolerance = 1e-9,
  include: (node: string) => boolean = () => true,
): string[] {
  const out = actual.duplicates.map((d) => `duplicate series: ${d}`);
  const compare = (what: string, e: Map<string, number>, a: Map<string, number>, zeroMayBeAbsent = false) => {
    for (const key of new Set([...e.keys(), ...a.keys()])) {
      if (!include(key.split(/ → |\//)[0] as string)) continue;
      const [x, y] = [e.get(key), a.get(key)];
      if (x === undefined && y === undefined) continue;
      if (zeroMayBeAbsent && (x ?? 0) === 0 && (y ?? 0) === 0) continue;
      if (x === undefined || y === undefined || !(Math.abs(x - y) <= tolerance))
        out.push(`${what} ${key}: expected ${x ?? 'no series'}, got ${y ?? 'no series'}`);
    }
  };
  compare('status', expected.status, actual.status);
  compare('score', expected.score, actual.score);
  compare('contribution', expected.contribution, actual.contribution, true);
  compare('impact', expected.impact, actual.impact);
  return out;
}
