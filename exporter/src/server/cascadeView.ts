/**
 * `GET /api/v1/cascade`: the whole hierarchy as JSON, from the spec and the last snapshot. Pure.
 * Keys are snake_case like the spec; statuses are words (`ok`…`unknown`), with `status_code` the wire
 * code of `mlhealth_node_status` for clients that want to match the series.
 */
import { statusCode } from '../spec/status';
import type { CascadeSnapshot, NodeResult } from '../cascade/types';
import { nodeUnit } from '../spec/nodeUnit';
import type { NodeSpec, Spec } from '../spec/types';

export interface NodeJson {
  id: string;
  tier: NodeSpec['tier'];
  model: string;
  title: string;
  unit: string;
  owner: string | null;
  playbook: string | null;
  children: string[];
  score: number | null;
  status: NodeResult['status'];
  status_code: number;
  value: number | null;
  thresholds: { warning: number; critical: number } | null;
  contributions: { child: string; share: number }[];
  impact: { measure: string; unit: string; value: number; exposure: number; loss: number } | null;
  decay: number;
  reason: string;
  updated_at: number | null;
  /** What stands behind a base node's value, when its signal gives it (multivariate drift). */
  detail?: Record<string, unknown>;
}

export interface CascadeJson {
  spec: { name: string; version: string; sha256: string; currency: string };
  /** Unix seconds of the snapshot; null before the first evaluation. */
  at: number | null;
  nodes: NodeJson[];
  edges: { parent: string; child: string; weight: number }[];
  retrain_recommended: Record<string, boolean>;
}

/** A node's JSON from its spec and its result (absent before the first evaluation: status unknown). */
export function nodeJson(node: NodeSpec, result: NodeResult | undefined): NodeJson {
  return {
    id: node.id,
    tier: node.tier,
    model: node.model ?? '',
    title: node.title,
    unit: nodeUnit(node),
    owner: node.owner ?? null,
    playbook: node.playbook ?? null,
    children: (node.children ?? []).map((c) => c.node),
    score: result?.score ?? null,
    status: result?.status ?? 'unknown',
    status_code: statusCode(result?.status ?? 'unknown'),
    value: result?.value ?? null,
    thresholds: result?.thresholds ?? null,
    contributions: result?.contributions ?? [],
    impact: result?.impact ?? null,
    decay: result?.decay ?? 1,
    reason: result?.reason ?? 'not evaluated yet',
    updated_at: result?.updatedAt ?? null,
    ...(result?.detail === undefined ? {} : { detail: result.detail }),
  };
}

/** The whole cascade as JSON. Complexity O(nodes + edges). */
export function cascadeJson(spec: Spec, sha256: string, snapshot: CascadeSnapshot | null): CascadeJson {
  const results = new Map((snapshot?.nodes ?? []).map((r) => [r.id, r]));
  const edges = spec.nodes.flatMap((n) =>
    (n.children ?? []).map((c) => ({ parent: n.id, child: c.node, weight: c.weight })),
  );
  return {
    spec: { name: spec.name, version: spec.version, sha256, currency: spec.currency },
    at: snapshot?.at ?? null,
    nodes: spec.nodes.map((n) => nodeJson(n, results.get(n.id))),
    edges,
    retrain_recommended: snapshot?.retrainRecommended ?? {},
  };
}
