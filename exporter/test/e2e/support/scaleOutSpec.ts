/**
 * The fleet of the scale-out end-to-end test (scaleOut.test.ts): four models over three shards by the
 * FNV-1a hash (credit → 0, recsys → 1, fraud and churn → 2 of 3), each with three base signals and
 * three single-model parents (computed by its shard), and nodes spanning models of every rollup kind
 * and unknown policy (max_unknown_share too), with the three impact models (evaluated by the
 * generated rules). Windows are long
 * and stale_after is an hour, so the values depend on the events alone, not on when each exporter
 * evaluates; evaluation every second keeps the test short. `trafficFor` is the deterministic traffic.
 */

/** Model ids and their shard among three (src/shards/fnv1a.test.ts pins the hash). */
export const FLEET_MODELS = { credit: 0, recsys: 1, fraud: 2, churn: 2 } as const;
export type FleetModel = keyof typeof FLEET_MODELS;
export const SHARD_COUNT = 3;

function modelYaml(id: string): string {
  return `  - id: ${id}
    version: '1'
    task: classification
    trained_at: 2026-01-01T00:00:00Z
    reference: { file: reference.csv }
    window: { duration: 1h }
    evaluation_interval: 1s
    features: [{ name: x, type: numeric }]`;
}

function modelNodes(id: string): string {
  return `  - { id: ${id}.confidence, tier: base, model: ${id}, title: ${id} confidence, signal: { kind: confidence_mean }, thresholds: { warning: 0.6, critical: 0.4 } }
  - { id: ${id}.errors, tier: base, model: ${id}, title: ${id} errors, signal: { kind: error_ratio }, thresholds: { warning: 0.02, critical: 0.06 } }
  - { id: ${id}.drift, tier: base, model: ${id}, title: ${id} x drift, signal: { kind: feature_drift, feature: x, method: psi }, thresholds: { warning: 0.1, critical: 0.25 } }
  - { id: ${id}.latency, tier: base, model: ${id}, title: ${id} latency, signal: { kind: latency, stat: p99 }, thresholds: { warning: 0.2, critical: 0.5 } }
  - id: ${id}.quality
    tier: component
    model: ${id}
    title: ${id} quality
    children: [{ node: ${id}.confidence, weight: 2 }, { node: ${id}.errors, weight: 1 }]
    rollup: { rule: weighted_mean }
  - id: ${id}.serving
    tier: component
    model: ${id}
    title: ${id} serving
    children: [${id}.latency, ${id}.errors]
    rollup: { rule: worst_of }
  - id: ${id}.health
    tier: component
    model: ${id}
    title: ${id} health
    children: [${id}.quality, ${id}.serving, ${id}.confidence, ${id}.drift]
    rollup: { rule: k_of_n, k: 2 }`;
}

const MODELS = Object.keys(FLEET_MODELS);

/** The spec (YAML). */
export const FLEET_SPEC = `api_version: mlhealth/v1
name: scale-out-e2e
version: 1.0.0
currency: USD
defaults: { evaluation_interval: 1s, stale_after: 1h, max_children: 7 }
models:
${MODELS.map(modelYaml).join('\n')}
nodes:
${MODELS.map(modelNodes).join('\n')}
  - id: serving_fleet
    tier: component
    title: Serving across the fleet
    children: [${MODELS.map((m) => `${m}.serving`).join(', ')}]
    rollup: { rule: worst_of }
    unknown_policy: ignore
  - id: quality_fleet
    tier: component
    title: Quality across the fleet
    children: [${MODELS.map((m) => `${m}.quality`).join(', ')}]
    rollup: { rule: k_of_n, k: 3 }
    unknown_policy: as_critical
  - id: revenue
    tier: business
    title: Revenue assurance
    children: [{ node: fraud.health, weight: 3 }, { node: recsys.health, weight: 2 }, { node: credit.health, weight: 1 }]
    rollup: { rule: weighted_mean }
    unknown_policy: propagate
    impact: { measure: revenue_at_risk, unit: USD/hour, exposure: { constant: 10000 }, loss: { kind: linear, max_loss: 0.2 } }
  - id: customers
    tier: business
    title: Customer impact
    children: [serving_fleet, quality_fleet]
    rollup: { rule: worst_of }
    impact:
      measure: customers_affected
      unit: customers/hour
      exposure: { constant: 40000 }
      loss: { kind: step, steps: [{ below: 0.5, loss: 0.3 }, { below: 0.75, loss: 0.1 }, { below: 0.95, loss: 0.02 }] }
      price_when_ok: true
  - id: fleet_health
    tier: business
    title: Every model healthy
    children: [${MODELS.map((m) => `${m}.health`).join(', ')}]
    rollup: { rule: weighted_mean }
    unknown_policy: max_unknown_share
    max_unknown_share: 0.3
  - id: risk
    tier: business
    title: Credit and churn risk
    children: [churn.health, credit.health, revenue]
    rollup: { rule: weighted_mean }
    unknown_policy: ignore
    impact: { measure: risk_exposure, unit: USD, exposure: { constant: 500000 }, loss: { kind: piecewise, points: [[0, 1], [0.5, 0.4], [0.75, 0.1], [1, 0]] } }
`;

/** The reference every model's drift is measured against: x uniform over 0..99 (as round 0 sends). */
export const FLEET_REFERENCE_CSV = `x,prediction,confidence\n${Array.from({ length: 400 }, (_, i) => `${(i * 37) % 100},${i % 3 === 0 ? 1 : 0},0.9`).join('\n')}\n`;

/**
 * What each model's traffic looks like in a round: mean confidence, share of errors, latency, and how
 * far x moves from the reference.
 */
const PROFILES: Record<
  FleetModel,
  { confidence: number; errorEvery: number; latency: number; shift?: number }[]
> = {
  // round 0: fraud's confidence warning, recsys slow, credit erring; round 1: fraud recovers but its x
  // drifts, churn degrades.
  fraud: [
    { confidence: 0.55, errorEvery: 0, latency: 0.05 },
    { confidence: 0.9, errorEvery: 0, latency: 0.05, shift: 40 },
  ],
  recsys: [
    { confidence: 0.8, errorEvery: 0, latency: 0.3 },
    { confidence: 0.8, errorEvery: 0, latency: 0.35 },
  ],
  credit: [
    { confidence: 0.85, errorEvery: 40, latency: 0.1 },
    { confidence: 0.85, errorEvery: 10, latency: 0.1 },
  ],
  churn: [
    { confidence: 0.95, errorEvery: 0, latency: 0.02 },
    { confidence: 0.35, errorEvery: 25, latency: 0.6 },
  ],
};

/** The events of `model` in `round` (0 or 1): 200 events, the same every run. */
export function trafficFor(model: FleetModel, round: number): unknown[] {
  const p = PROFILES[model][round % 2];
  return Array.from({ length: 200 }, (_, i) => ({
    features: { x: ((i * 37) % 100) + (p.shift ?? 0) },
    prediction: i % 3 === 0 ? 1 : 0,
    confidence: Math.min(1, Math.max(0, p.confidence + (((i * 13) % 21) - 10) / 100)),
    latency_seconds: p.latency * (0.5 + ((i * 7) % 11) / 10),
    ...(p.errorEvery > 0 && i % p.errorEvery === 0 ? { error: true } : {}),
  }));
}
