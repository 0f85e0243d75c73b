/** Walks over the cascade DAG: subtrees and breadcrumb paths. Cycles in bad data never loop. */
import type { CascadeModel } from './types';

/**
 * The ids of `rootId` and all its descendants (breadth first, each once even when reachable through
 * several parents or a cycle). An unknown id gives an empty set. O(nodes + edges).
 *
 * @example subtreeIds(model, 'fraud.serving') // Set { 'fraud.serving', 'fraud.serving.latency_p99', … }
 */
export function subtreeIds(model: CascadeModel, rootId: string): Set<string> {
  const out = new Set<string>();
  if (!model.byId.has(rootId)) {
    return out;
  }
  const queue = [rootId];
  out.add(rootId);
  for (let i = 0; i < queue.length; i++) {
    for (const child of model.byId.get(queue[i])?.children ?? []) {
      if (!out.has(child)) {
        out.add(child);
        queue.push(child);
      }
    }
  }
  return out;
}

/**
 * A path from a top node down to `id`, following at each step the first parent in id order: the
 * breadcrumb of a node opened without a drill history. Ends at `id`; `[]` for an unknown id. O(depth).
 *
 * @example pathTo(model, 'fraud.drift.amount') // ['revenue_assurance', 'fraud.drift', 'fraud.drift.amount']
 */
export function pathTo(model: CascadeModel, id: string): string[] {
  if (!model.byId.has(id)) {
    return [];
  }
  const path = [id];
  const seen = new Set(path);
  let current = model.byId.get(id);
  while (current && current.parents.length > 0) {
    const parent = [...current.parents].sort()[0];
    if (seen.has(parent)) {
      break;
    }
    seen.add(parent);
    path.unshift(parent);
    current = model.byId.get(parent);
  }
  return path;
}

/**
 * The shortest downward path from `from` to `to` (both included), breadth first over children; null when
 * `to` is not below `from`. O(nodes + edges).
 *
 * @example pathBetween(model, 'revenue_assurance', 'fraud.drift.amount') // ['revenue_assurance', 'fraud.drift', 'fraud.drift.amount']
 */
export function pathBetween(model: CascadeModel, from: string, to: string): string[] | null {
  if (!model.byId.has(from) || !model.byId.has(to)) {
    return null;
  }
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length && !previous.has(to); i++) {
    for (const child of model.byId.get(queue[i])?.children ?? []) {
      if (!previous.has(child)) {
        previous.set(child, queue[i]);
        queue.push(child);
      }
    }
  }
  if (!previous.has(to)) {
    return null;
  }
  const path: string[] = [];
  for (let at: string | null = to; at !== null; at = previous.get(at) ?? null) {
    path.unshift(at);
  }
  return path;
}
