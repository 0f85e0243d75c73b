/**
 * Who answers for a node: its effective owner, escalation policy and playbook, and where each comes
 * from. One convention for the alerts (`generate/`), the node API (`server/nodeView.ts`) and the audit:
 *
 * - escalation and playbook: the node's own, else the nearest ancestor's that declares one (ancestors
 *   nearest first, breadth-first over parents in spec order), so a base node under `fraud.drift` pages
 *   the fraud team without repeating it;
 * - owner: the node's own, else its model's, else the nearest ancestor's.
 *
 * `from` says where the value was found: `node` (its own), `model` (its model's), or the id of the
 * ancestor that declares it. Pure.
 */
import type { NodeSpec, Spec } from './types';

export interface Inherited {
  value: string;
  /** `node`, `model`, or the id of the ancestor node that declares the value. */
  from: string;
}

export interface EffectiveSettings {
  owner: Inherited | null;
  escalation: Inherited | null;
  playbook: Inherited | null;
}

/** Parents of every node, each list in spec order. Complexity O(nodes + edges). */
export function parentsById(nodes: readonly NodeSpec[]): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const parent of nodes) {
    for (const child of parent.children ?? []) {
      parents.set(child.node, [...(parents.get(child.node) ?? []), parent.id]);
    }
  }
  return parents;
}

/**
 * Every node reachable from `start` through `next`, nearest first (breadth-first, each once).
 * @example walk('a', (id) => ({ a: ['b', 'c'], b: ['c'] })[id] ?? []) // ['b', 'c']
 */
export function walk(start: string, next: (id: string) => readonly string[]): string[] {
  const seen = new Set<string>([start]);
  const out: string[] = [];
  let frontier = [start];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next(id)) {
        if (seen.has(n)) continue;
        seen.add(n);
        out.push(n);
        following.push(n);
      }
    }
    frontier = following;
  }
  return out;
}

const byIdCache = new WeakMap<readonly NodeSpec[], ReadonlyMap<string, NodeSpec>>();

/**
 * The nodes by id, built once per node list (a spec's list is never mutated): callers ask for every
 * node of a 30,000-node spec, and rebuilding the map each time made `buildContext` quadratic.
 */
function nodesById(nodes: readonly NodeSpec[]): ReadonlyMap<string, NodeSpec> {
  let byId = byIdCache.get(nodes);
  if (byId === undefined) byIdCache.set(nodes, (byId = new Map(nodes.map((n) => [n.id, n]))));
  return byId;
}

/**
 * The effective owner, escalation and playbook of node `id`; null where nothing on the chain declares
 * one. Throws when `id` is not a node of the spec. Complexity O(nodes + edges).
 *
 * @example effectiveSettings(spec, 'fraud.drift.amount').escalation // { value: 'fraud-oncall', from: 'fraud.drift' }
 */
export function effectiveSettings(
  spec: Spec,
  id: string,
  parents: ReadonlyMap<string, string[]> = parentsById(spec.nodes),
): EffectiveSettings {
  const byId = nodesById(spec.nodes);
  const node = byId.get(id);
  if (node === undefined) throw new Error(`effectiveSettings: node '${id}' is not in spec ${spec.name}`);
  const chain = [node, ...walk(id, (n) => parents.get(n) ?? []).map((a) => byId.get(a) as NodeSpec)];
  const nearest = (key: 'escalation' | 'playbook' | 'owner'): Inherited | null => {
    const found = chain.find((n) => n[key] !== undefined);
    return found === undefined
      ? null
      : { value: found[key] as string, from: found === node ? 'node' : found.id };
  };
  const modelOwner = spec.models.find((m) => m.id === node.model)?.owner;
  const owner =
    node.owner !== undefined
      ? { value: node.owner, from: 'node' }
      : modelOwner !== undefined
        ? { value: modelOwner, from: 'model' }
        : nearest('owner');
  return { owner, escalation: nearest('escalation'), playbook: nearest('playbook') };
}
