/**
 * The retraining trigger: `retrain_trigger: {status, for?}` on a node sets
 * `retrainRecommended[model] = true` (exported as `mlhealth_retrain_recommended{model}`).
 *
 * - Condition: the node's status is at or worse than the trigger status, among ok < warning < critical.
 *   `unknown` never meets it: retraining on missing data would be a guess.
 * - `for`: the condition must have held for at least `for` seconds. The engine has no memory, so the
 *   caller keeps `inputs.triggerSince` (node → Unix seconds since the condition started) from one
 *   snapshot to the next with `nextTriggerSince(snapshot)`. Without an entry the condition starts now,
 *   so a trigger with `for` > 0 first holds at an evaluation `for` seconds or more after the one where
 *   the condition began; a caller that keeps no map never sees it hold. (Alert rules
 *   generated from the spec carry their own `for:`; this is only for the exported recommendation.)
 * - Models: the node's own `model`; for a node spanning models, the models beneath it that have a node
 *   meeting the same condition (the ones actually degraded), or every model beneath it if none does.
 * - Every model of the spec is present in `retrainRecommended` (false unless a trigger holds), so the
 *   series is stable.
 */
import type { NodeSpec, Spec } from '../spec/types';
import { severity, type Status } from '../spec/status';
import type { NodeResult, RetrainTriggerState } from './types';

/** Whether a status meets a trigger status (unknown never does). */
export function meetsTrigger(status: Status, trigger: Status): boolean {
  return status !== 'unknown' && severity(status) >= severity(trigger);
}

/**
 * Evaluates every retraining trigger of the spec. Complexity O(triggers × nodes).
 *
 * @example
 * // fraud.drift has retrain_trigger {status: 'critical'} and is critical:
 * evaluateRetrainTriggers(spec, results, new Map(), now).recommended // { fraud: true, recsys: false }
 */
export function evaluateRetrainTriggers(
  spec: Spec,
  results: ReadonlyMap<string, NodeResult>,
  since: ReadonlyMap<string, number>,
  now: number,
): { recommended: Record<string, boolean>; triggers: RetrainTriggerState[] } {
  const recommended: Record<string, boolean> = {};
  for (const m of spec.models) recommended[m.id] = false;
  const byId = new Map(spec.nodes.map((n) => [n.id, n]));
  const triggers: RetrainTriggerState[] = [];
  for (const node of spec.nodes) {
    const trigger = node.retrain_trigger;
    const result = results.get(node.id);
    if (trigger === undefined || result === undefined) continue;
    const condition = meetsTrigger(result.status, trigger.status);
    const started = condition ? Math.min(since.get(node.id) ?? now, now) : null;
    const holds = started !== null && (trigger.for === undefined || now - started >= trigger.for);
    const models = triggerModels(node, trigger.status, byId, results);
    if (holds) for (const m of models) recommended[m] = true;
    triggers.push({ node: node.id, condition, since: started, holds, models });
  }
  return { recommended, triggers };
}

function triggerModels(
  node: NodeSpec,
  trigger: Status,
  byId: ReadonlyMap<string, NodeSpec>,
  results: ReadonlyMap<string, NodeResult>,
): string[] {
  if (node.model !== undefined) return [node.model];
  const all = new Set<string>();
  const degraded = new Set<string>();
  for (const id of descendantsOf(node, byId)) {
    const d = byId.get(id) as NodeSpec;
    if (d.model === undefined) continue;
    all.add(d.model);
    const r = results.get(id);
    if (r !== undefined && meetsTrigger(r.status, trigger)) degraded.add(d.model);
  }
  return [...(degraded.size > 0 ? degraded : all)].sort();
}

function descendantsOf(node: NodeSpec, byId: ReadonlyMap<string, NodeSpec>): Set<string> {
  const seen = new Set<string>();
  const stack = (node.children ?? []).map((c) => c.node);
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const c of byId.get(id)?.children ?? []) stack.push(c.node);
  }
  return seen;
}

/**
 * The `inputs.triggerSince` map for the next evaluation: for each trigger whose condition holds now,
 * since when. Pure; the caller stores it between evaluations.
 *
 * @example nextTriggerSince({ …, retrainTriggers: [{ node: 'fraud.drift', condition: true, since: 1000, holds: false, models: ['fraud'] }] })
 * // Map { 'fraud.drift' => 1000 }
 */
export function nextTriggerSince(snapshot: {
  retrainTriggers?: readonly RetrainTriggerState[];
}): Map<string, number> {
  const next = new Map<string, number>();
  for (const t of snapshot.retrainTriggers ?? []) if (t.since !== null) next.set(t.node, t.since);
  return next;
}
