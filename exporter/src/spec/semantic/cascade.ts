/**
 * Everything in a spec that would make the cascade ill-defined, reported all at once with JSON-pointer
 * paths (the form ajv uses, so the spec loader can map them to file, line and column).
 *
 * `evaluateCascade` refuses a spec with any of these problems; the loader can call this at load time so
 * the exporter never starts with one. A base node without thresholds is not a problem here: it evaluates
 * to `unknown` ("no thresholds") until thresholds are declared or derived.
 */
import type { NodeSpec, Spec } from '../types';
import { topologicalOrder } from '../graph';
import type { Problem } from '../problem';
import { decayProblem, lossProblem, scoreThresholdsProblem, valueThresholdsProblem } from './cascadeRules';

/**
 * The problems of a spec for the cascade engine; empty when it can be evaluated. Complexity O(nodes + edges).
 *
 * @example cascadeSpecProblems(specWithWeightZero)
 * // [{ path: '/nodes/4/children/0/weight', message: 'weight 0 of child fraud.serving must be a positive finite number' }]
 */
export function cascadeSpecProblems(spec: Spec): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const st = scoreThresholdsProblem(spec.defaults.score_thresholds);
  if (st !== null) add('/defaults/score_thresholds', st);
  if (!(spec.defaults.stale_after >= 0)) {
    add('/defaults/stale_after', `stale_after ${spec.defaults.stale_after} must be ≥ 0`);
  }
  const ids = new Set<string>();
  spec.nodes.forEach((node, i) => {
    if (ids.has(node.id)) add(`/nodes/${i}/id`, `duplicate node id ${node.id}`);
    ids.add(node.id);
  });
  spec.nodes.forEach((node, i) => nodeProblems(node, `/nodes/${i}`, ids, add));
  if (problems.length === 0) {
    try {
      topologicalOrder(spec.nodes);
    } catch (e) {
      add('/nodes', (e as Error).message.replace(/^topologicalOrder: /, ''));
    }
  }
  return problems;
}

type Add = (path: string, message: string) => void;

function nodeProblems(node: NodeSpec, at: string, ids: ReadonlySet<string>, add: Add): void {
  thresholdProblems(node, at, add);
  childProblems(node, at, ids, add);
  declarationProblems(node, at, add);
}

/** A leaf's thresholds are values; a parent's are scores, read lower-is-worse. */
function thresholdProblems(node: NodeSpec, at: string, add: Add): void {
  if (node.thresholds === undefined) return;
  if ((node.children ?? []).length === 0) {
    const p = valueThresholdsProblem(node.thresholds);
    if (p !== null) add(`${at}/thresholds`, p);
    return;
  }
  if (node.thresholds.direction !== 'lower_is_worse') {
    add(
      `${at}/thresholds/direction`,
      `a parent's thresholds are scores, so direction must be lower_is_worse`,
    );
  }
  const p = scoreThresholdsProblem(node.thresholds);
  if (p !== null) add(`${at}/thresholds`, p);
}

/** Children exist, appear once, weigh a positive finite amount; `k_of_n` asks for 1..n of them. */
function childProblems(node: NodeSpec, at: string, ids: ReadonlySet<string>, add: Add): void {
  const children = node.children ?? [];
  const seen = new Set<string>();
  children.forEach((c, j) => {
    if (!ids.has(c.node)) add(`${at}/children/${j}/node`, `unknown child ${c.node}`);
    if (seen.has(c.node)) add(`${at}/children/${j}/node`, `child ${c.node} listed twice`);
    seen.add(c.node);
    if (!(c.weight > 0 && Number.isFinite(c.weight))) {
      add(
        `${at}/children/${j}/weight`,
        `weight ${c.weight} of child ${c.node} must be a positive finite number`,
      );
    }
  });
  const rollup = node.rollup;
  if (
    rollup?.rule === 'k_of_n' &&
    !(Number.isInteger(rollup.k) && rollup.k >= 1 && rollup.k <= children.length)
  ) {
    add(
      `${at}/rollup/k`,
      `k ${rollup.k} must be an integer from 1 to the number of children (${children.length})`,
    );
  }
}

/** Impact (loss curve, constant exposure), decay and the retrain trigger. */
function declarationProblems(node: NodeSpec, at: string, add: Add): void {
  if (node.impact !== undefined) {
    const p = lossProblem(node.impact.loss);
    if (p !== null) add(`${at}/impact/loss`, p);
    const e = node.impact.exposure;
    if ('constant' in e && !(e.constant >= 0 && Number.isFinite(e.constant))) {
      add(`${at}/impact/exposure/constant`, `exposure ${e.constant} must be a non-negative finite number`);
    }
  }
  if (node.decay !== undefined) {
    const p = decayProblem(node.decay);
    if (p !== null) add(`${at}/decay`, p);
  }
  unknownShareProblems(node, at, add);
  const trigger = node.retrain_trigger;
  if (trigger !== undefined && trigger.status !== 'warning' && trigger.status !== 'critical') {
    add(
      `${at}/retrain_trigger/status`,
      `trigger status ${String(trigger.status)} must be warning or critical`,
    );
  }
}

/** `max_unknown_share` is a share in [0, 1], given exactly when the policy reads it. */
function unknownShareProblems(node: NodeSpec, at: string, add: Add): void {
  const share = node.max_unknown_share;
  if (node.unknown_policy === 'max_unknown_share') {
    if (share === undefined) {
      add(
        `${at}/max_unknown_share`,
        'unknown_policy max_unknown_share needs max_unknown_share (on the node or in defaults)',
      );
    } else if (!(share >= 0 && share <= 1)) {
      add(`${at}/max_unknown_share`, `max_unknown_share ${share} must be in [0, 1]`);
    }
  } else if (share !== undefined && (node.children ?? []).length > 0) {
    add(
      `${at}/max_unknown_share`,
      `max_unknown_share has no effect with unknown_policy ${node.unknown_policy ?? 'propagate'}: set unknown_policy: max_unknown_share`,
    );
  }
}
