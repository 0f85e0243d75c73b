/**
 * Specs and traffic for the exporter benchmark: `models` models of `features` numeric features each,
 * with the node kinds every model has in practice (drift, completeness, latency, errors, throughput,
 * freshness), one component per model and business nodes over groups of components. Each model is also
 * a KServe InferenceService (`kserve:`, its id as the service name; v1 response objects
 * `{label, score}`) for the KServe row of the ingest-paths benchmark.
 */
import { mulberry32, normal } from '../src/demo/prng';

function modelYaml(m: number, features: number): string {
  const feats = Array.from(
    { length: features },
    (_, f) => `      - { name: f${f}, type: numeric, range: [-100, 100] }`,
  ).join('\n');
  return `  - id: m${m}
    version: '1'
    task: classification
    window: { duration: 60s }
    evaluation_interval: 5s
    kserve: { prediction: label, confidence: score }
    features:
${feats}`;
}

function nodesYaml(m: number): string {
  const base = (id: string, signal: string, t: string) => `  - id: m${m}.${id}
    tier: base
    model: m${m}
    title: m${m} ${id}
    signal: ${signal}
    thresholds: ${t}`;
  return [
    base(
      'drift_share',
      '{ kind: drift_share }',
      '{ warning: 0.2, critical: 0.4, direction: higher_is_worse }',
    ),
    base(
      'drift_f0',
      '{ kind: feature_drift, feature: f0, method: psi }',
      '{ warning: 0.1, critical: 0.25, direction: higher_is_worse }',
    ),
    base(
      'missing',
      '{ kind: missing_ratio }',
      '{ warning: 0.05, critical: 0.2, direction: higher_is_worse }',
    ),
    base(
      'latency',
      '{ kind: latency, stat: p99 }',
      '{ warning: 0.2, critical: 0.5, direction: higher_is_worse }',
    ),
    base('errors', '{ kind: error_ratio }', '{ warning: 0.01, critical: 0.05, direction: higher_is_worse }'),
    base('freshness', '{ kind: freshness }', '{ warning: 30, critical: 120, direction: higher_is_worse }'),
    `  - id: m${m}.health
    tier: component
    model: m${m}
    title: m${m} health
    children: [{ node: m${m}.drift_share }, { node: m${m}.drift_f0 }, { node: m${m}.missing }, { node: m${m}.latency }, { node: m${m}.errors }, { node: m${m}.freshness }]
    rollup: { rule: worst_of }`,
  ].join('\n');
}

function businessYaml(models: number): string {
  const groups: string[] = [];
  for (let g = 0; g * 5 < models; g++) {
    const children = Array.from(
      { length: Math.min(5, models - g * 5) },
      (_, i) => `{ node: m${g * 5 + i}.health }`,
    ).join(', ');
    groups.push(`  - id: outcome${g}
    tier: business
    title: outcome ${g}
    children: [${children}]
    rollup: { rule: worst_of }
    impact: { measure: revenue_at_risk, unit: USD/hour, exposure: { constant: 1000 }, loss: { kind: linear, max_loss: 0.5 } }`);
  }
  return groups.join('\n');
}

/** The YAML of a spec with `models` models × `features` features. */
export function benchSpecYaml(models: number, features: number): string {
  return `api_version: mlhealth/v1
name: bench-${models}x${features}
version: '1'
currency: USD
defaults: { max_children: 10, max_nodes_per_tier: 1000 }
models:
${Array.from({ length: models }, (_, m) => modelYaml(m, features)).join('\n')}
nodes:
${Array.from({ length: models }, (_, m) => nodesYaml(m)).join('\n')}
${businessYaml(models)}
`;
}

/** A JSON array of `n` events with `features` numeric features, as sent over the wire. */
export function eventBatch(n: number, features: number, seed: number, timestamp?: number): string {
  const u = mulberry32(seed);
  const events = [];
  for (let i = 0; i < n; i++) {
    const f: Record<string, number> = {};
    for (let k = 0; k < features; k++) f[`f${k}`] = Math.round(normal(u, 0, 10) * 1000) / 1000;
    const e: Record<string, unknown> = {
      id: `e${seed}-${i}`,
      features: f,
      prediction: u() < 0.1 ? 'yes' : 'no',
      confidence: Math.round((0.5 + u() / 2) * 1000) / 1000,
      latency_seconds: Math.round(Math.exp(normal(u, -3.5, 0.4)) * 1e5) / 1e5,
      error: u() < 0.002,
    };
    if (timestamp !== undefined) e.timestamp = timestamp;
    events.push(e);
  }
  return JSON.stringify(events);
}

/** Reference rows (flat records) for a bench model. */
export function referenceRows(n: number, features: number, seed: number): string {
  const u = mulberry32(seed);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const r: Record<string, unknown> = { prediction: u() < 0.1 ? 'yes' : 'no', confidence: 0.5 + u() / 2 };
    for (let k = 0; k < features; k++) r[`f${k}`] = normal(u, 0, 10);
    rows.push(r);
  }
  return JSON.stringify(rows);
}
