/**
 * The cascade engine: base observations + spec in, `CascadeSnapshot` out. Pure: no I/O, no clock
 * (`now` is a parameter, Unix seconds), inputs never mutated. Nodes are evaluated children first
 * (topological order); the snapshot lists them in spec order.
 *
 * Worked examples. Defaults: score thresholds warning w = 0.75, critical c = 0.5; stale_after 300 s.
 * Each is pinned by a test with exactly these numbers (`examples.rollup.test.ts`, `examples.impact.test.ts`).
 *
 * 1. Value → score, linear (`mapping.ts`). PSI, higher_is_worse, warning 0.1, critical 0.25; baseline 0;
 *    zero point 0.25 + (0.25 − 0.1) = 0.4. Line through (0, 1), (0.1, 0.75), (0.25, 0.5), (0.4, 0).
 *      PSI 0.05 → 1 − 0.25 × 0.05/0.1            = 0.875  ok        "PSI 0.05 < warning 0.1"
 *      PSI 0.10 →                                  0.75   warning   (thresholds are inclusive)
 *      PSI 0.16 → 0.75 − 0.25 × 0.06/0.15         = 0.65   warning   "PSI 0.16 ≥ warning 0.1"
 *      PSI 0.25 →                                  0.5    critical
 *      PSI 0.31 → 0.5 × (0.4 − 0.31)/0.15         = 0.3    critical  "PSI 0.31 ≥ critical 0.25"
 *      PSI 0.50 →                                  0      critical
 *    lower_is_worse, accuracy warning 0.9, critical 0.8: baseline (default) 1.0, zero point 0.7.
 *      0.95 → 0.875 ok;  0.85 → 0.625 warning "estimated accuracy 0.85 ≤ warning 0.9";  0.76 → 0.3 critical.
 *    step: PSI 0.05 → 1, PSI 0.16 → 0.75, PSI 0.31 → 0.5.
 *    Stale: observed 300 s ago → fresh; 301 s ago → unknown, score null,
 *      "stale: last observed 5.02min ago > stale_after 5min".
 *
 * Below, a = PSI 0.05 (0.875 ok), b = PSI 0.16 (0.65 warning), c = PSI 0.31 (0.3 critical).
 *
 * 2. worst_of(a, b, c): score 0.3, critical, "worst child c (critical)"; contributions a 0, b 0, c 1.
 *    Two children tied at 0.3 share 0.5 each.
 * 3. weighted_mean(a×2, b×1, c×1): deficit (2×0.125 + 0.35 + 0.7)/4 = 0.325, score 0.675, warning,
 *    "weighted mean 0.675; largest share c (54%)". Contributions wᵢ(1−sᵢ)/Σ: a 0.25/1.3 = 0.1923,
 *    b 0.35/1.3 = 0.2692, c 0.7/1.3 = 0.5385.
 *    A critical child forces at least warning: weighted_mean(PSI 0 ×3, c×1) = (3 + 0.3)/4 = 0.825 would be
 *    ok by score; status warning, "…; critical child c keeps it at warning".
 * 4. k_of_n, k = 2 (a, b, c): 2nd best score 0.65, 2nd best status warning → warning,
 *    "2 of 3 must be healthy; 2nd best child b (warning)". Contributions: the children at or below 0.65
 *    in proportion to their deficits: b 0.35/1.05 = 1/3, c 0.7/1.05 = 2/3, a 0.
 * 5. Unknown policies, weighted_mean(a, u, b), weights 1, u unknown:
 *      propagate:   status unknown, "child u is unknown"; advisory score from a, b: 0.7625;
 *                   contributions a 0.125/0.475 = 0.2632, u 0, b 0.35/0.475 = 0.7368.
 *      ignore:      score 0.7625, ok, "weighted mean 0.762; largest share b (74%)".
 *      as_critical: u = 0, critical: score (0.875 + 0 + 0.65)/3 = 0.5083, warning; contributions
 *                   a 0.125/1.475 = 0.0847, u 1/1.475 = 0.6780, b 0.35/1.475 = 0.2373.
 *      max_unknown_share s: rated as ignore while u/n ≤ s, else unknown as propagate. 1/3 unknown:
 *                   s 0.5 → 0.7625 ok; s 0.25 → unknown, "1 of 3 children unknown (33.3%) > max_unknown_share 25%".
 * 6. Impact, exposure 10000 USD/hour (`impact.ts`):
 *      linear max_loss 0.2:                          score 0.3 → loss 0.14 → 1400
 *      step [{below 0.5, loss 0.2}, {below 0.75, loss 0.05}]: score 0.3 → 2000; 0.65 → 500; 0.75 → 0
 *      piecewise [[0, 0.5], [0.5, 0.1], [1, 0]]:      score 0.3 → 0.26 → 2600; 0.75 → 0.05 → 500
 *      exposure read from a source with no reading: impact null, impactUnknown "no exposure reading for …".
 * 7. Decay of model, grace 30 d, half-life 30 d, floor 0.2, on a node scoring 0.875 (ok):
 *      age 20 d → ×1;  45 d → ×0.7071 → 0.6187 warning;  60 d → ×0.5 → 0.4375 critical,
 *      "…; decay ×0.5 (model age 60d, grace 30d)";  200 d → 0.5^(170/30) = 0.0197 → floor ×0.2 → 0.175.
 * 8. Retraining: fraud.drift has retrain_trigger {status: critical, for: 3600} and is critical at t.
 *      At t: condition true, since t, holds false → retrainRecommended.fraud false.
 *      At t + 3600 with triggerSince = nextTriggerSince(snapshot at t): holds → fraud true.
 */
import type { NodeSpec, Spec } from '../spec/types';
import { evaluateBase } from './base';
import { cascadeSpecProblems } from '../spec/semantic/cascade';
import { applyDecay, decayAge } from './decay';
import { edgesOf, isLeaf, modelsBeneath, topologicalOrder } from '../spec/graph';
import { impactFields } from './impact';
import { effectiveObservation, forcedResult, overridesProblems } from './override';
import { evaluateParent, scoreThresholdsOf } from './parent';
import { evaluateRetrainTriggers } from './retrain';
import type { CascadeInputs, CascadeSnapshot, NodeResult } from './types';
import type { ChildState } from './unknown';

interface Evaluation {
  spec: Spec;
  inputs: CascadeInputs;
  now: number;
  results: Map<string, NodeResult>;
  dataAges: Map<string, number | null>;
  beneath: Map<string, string[]>;
}

/**
 * Evaluates the whole cascade at `now`. Complexity O(nodes + edges · log) per evaluation.
 *
 * @throws Error when `now` is not finite, the spec has problems (`cascadeSpecProblems`, all listed),
 *   or an override does not fit the spec.
 * @example
 * evaluateCascade(spec, inputs, 1700000000).nodes.find((n) => n.id === 'fraud.drift')
 * // { id: 'fraud.drift', score: 0.3, status: 'critical', reason: 'worst child fraud.drift.amount (critical)', … }
 */
export function evaluateCascade(spec: Spec, inputs: CascadeInputs, now: number): CascadeSnapshot {
  if (!Number.isFinite(now)) {
    throw new Error(`evaluateCascade: now ${now} is not a finite number of Unix seconds`);
  }
  const problems = [
    ...cascadeSpecProblems(spec).map((p) => `${p.path}: ${p.message}`),
    ...overridesProblems(spec, inputs.overrides),
  ];
  if (problems.length > 0) {
    throw new Error(`evaluateCascade: invalid spec or overrides: ${problems.join('; ')}`);
  }
  const ev: Evaluation = {
    spec,
    inputs,
    now,
    results: new Map(),
    dataAges: new Map(),
    beneath: modelsBeneath(spec.nodes),
  };
  for (const node of topologicalOrder(spec.nodes)) ev.results.set(node.id, evaluateNode(node, ev));
  const retrain = evaluateRetrainTriggers(spec, ev.results, inputs.triggerSince ?? new Map(), now);
  return {
    at: now,
    nodes: spec.nodes.map((n) => ev.results.get(n.id) as NodeResult),
    edges: edgesOf(spec.nodes),
    retrainRecommended: retrain.recommended,
    retrainTriggers: retrain.triggers,
  };
}

function evaluateNode(node: NodeSpec, ev: Evaluation): NodeResult {
  const override = ev.inputs.overrides?.get(node.id);
  const t = scoreThresholdsOf(node, ev.spec);
  let result: NodeResult;
  if (isLeaf(node)) {
    const observation = effectiveObservation(node, ev.inputs.observations.get(node.id), override, ev.now);
    result = evaluateBase(node, observation, ev.spec, ev.now);
    if (override !== undefined && 'value' in override) {
      result = { ...result, reason: `${result.reason} (scenario)` };
    }
    const observedAt = observation?.observedAt ?? null;
    ev.dataAges.set(node.id, observedAt !== null ? ev.now - observedAt : null);
  } else {
    result = evaluateParent(node, childStates(node, ev.results), ev.spec, ev.now);
    ev.dataAges.set(node.id, oldestKnownChildAge(node, ev));
  }
  if (override !== undefined && !('value' in override)) {
    result = forcedResult(result, override, t);
  } else if (node.decay !== undefined) {
    const models = node.model !== undefined ? [node.model] : (ev.beneath.get(node.id) ?? []);
    const age = decayAge(node.decay.of, models, ev.dataAges.get(node.id) ?? null, ev.spec, ev.inputs, ev.now);
    result = applyDecay(result, node.decay, age, t);
  }
  if (node.impact !== undefined) {
    result = {
      ...result,
      ...impactFields(node.impact, node.id, result.score, result.status, ev.inputs.exposures),
    };
  }
  return result;
}

function childStates(node: NodeSpec, results: ReadonlyMap<string, NodeResult>): ChildState[] {
  return (node.children ?? []).map((c) => {
    const r = results.get(c.node) as NodeResult;
    return { id: c.node, score: r.score, status: r.status, weight: c.weight };
  });
}

/** A parent's data age: the oldest among its known children (null when none is known). */
function oldestKnownChildAge(node: NodeSpec, ev: Evaluation): number | null {
  let oldest: number | null = null;
  for (const c of node.children ?? []) {
    const age = ev.dataAges.get(c.node) ?? null;
    if (age === null || ev.results.get(c.node)?.status === 'unknown') continue;
    oldest = oldest === null ? age : Math.max(oldest, age);
  }
  return oldest;
}
