/**
 * The spec of `npm run bench:fleet`: `models` models of 30 nodes each (20 base signals that need no
 * reference data, 10 parents of every rollup kind, all of one model) and three business outcomes
 * spanning every model (weighted mean, worst of, k of n), so the rules have fleet-wide joins to do.
 * Evaluated every `interval` seconds; stale_after is an hour so a quiet model stays known. Also the
 * deterministic traffic of one model.
 */

const FEATURES = ['f0', 'f1', 'f2', 'f3', 'f4'];

const base = (id: string, model: string, signal: string, thresholds: string) =>
  `  - { id: ${id}, tier: base, model: ${model}, title: ${id}, signal: ${signal}, thresholds: ${thresholds} }`;

const parent = (id: string, model: string, children: string[], rollup: string) =>
  `  - { id: ${id}, tier: component, model: ${model}, title: ${id}, children: [${children.join(', ')}], rollup: ${rollup} }`;

/** The 30 nodes of model `m`; its health node is `${m}.health`. */
function modelNodes(m: string): string[] {
  const ratio = '{ warning: 0.05, critical: 0.2 }';
  const missing = FEATURES.map((f) => `${m}.missing.${f}`);
  const schema = FEATURES.map((f) => `${m}.schema.${f}`);
  const latency = ['mean', 'p50', 'p95', 'p99', 'stddev'].map((s) => `${m}.latency.${s}`);
  return [
    ...FEATURES.map((f) => base(`${m}.missing.${f}`, m, `{ kind: missing_ratio, feature: ${f} }`, ratio)),
    ...FEATURES.map((f) => base(`${m}.schema.${f}`, m, `{ kind: schema_violations, feature: ${f} }`, ratio)),
    ...latency.map((id) =>
      base(id, m, `{ kind: latency, stat: ${id.split('.').pop()} }`, '{ warning: 0.2, critical: 0.5 }'),
    ),
    base(`${m}.confidence`, m, '{ kind: confidence_mean }', '{ warning: 0.6, critical: 0.4 }'),
    base(`${m}.low_confidence`, m, '{ kind: low_confidence_share }', '{ warning: 0.2, critical: 0.4 }'),
    base(`${m}.errors`, m, '{ kind: error_ratio }', '{ warning: 0.01, critical: 0.05 }'),
    base(`${m}.missing`, m, '{ kind: missing_ratio }', ratio),
    base(`${m}.schema`, m, '{ kind: schema_violations }', ratio),
    parent(`${m}.dq.missing`, m, missing, '{ rule: weighted_mean }'),
    parent(`${m}.dq.schema`, m, schema, '{ rule: worst_of }'),
    parent(
      `${m}.dq`,
      m,
      [`${m}.dq.missing`, `${m}.dq.schema`, `${m}.missing`, `${m}.schema`],
      '{ rule: worst_of }',
    ),
    parent(`${m}.latency`, m, latency, '{ rule: k_of_n, k: 3 }'),
    parent(`${m}.confidence_all`, m, [`${m}.confidence`, `${m}.low_confidence`], '{ rule: weighted_mean }'),
    parent(`${m}.errors_all`, m, [`${m}.errors`, `${m}.schema`], '{ rule: worst_of }'),
    parent(`${m}.serving`, m, [`${m}.latency`, `${m}.errors_all`], '{ rule: worst_of }'),
    parent(`${m}.quality`, m, [`${m}.confidence_all`, `${m}.dq`], '{ rule: weighted_mean }'),
    parent(`${m}.health`, m, [`${m}.quality`, `${m}.serving`, `${m}.dq`], '{ rule: k_of_n, k: 2 }'),
  ];
}

/** Model ids `m0000` … */
export function fleetModelIds(models: number): string[] {
  return Array.from({ length: models }, (_, i) => `m${String(i).padStart(4, '0')}`);
}

/** The spec's YAML text. */
export function fleetSpecYaml(models: number, interval: number, unknownShare: string): string {
  const ids = fleetModelIds(models);
  const modelYaml = ids.map(
    (id) =>
      `  - { id: ${id}, version: '1', task: classification, window: { duration: 1h }, evaluation_interval: ${interval}s, features: [${FEATURES.map((f) => `{ name: ${f}, type: numeric, range: [0, 100] }`).join(', ')}] }`,
  );
  const business = (id: string, children: string, rollup: string) =>
    `  - { id: ${id}, tier: business, title: ${id}, children: [${children}], rollup: ${rollup}${unknownShare} }`;
  return [
    'api_version: mlhealth/v1',
    'name: bench-fleet',
    'version: 1.0.0',
    `defaults: { evaluation_interval: ${interval}s, stale_after: 1h, max_children: ${models + 1}, max_nodes_per_tier: ${models * 30} }`,
    'models:',
    ...modelYaml,
    'nodes:',
    ...ids.flatMap(modelNodes),
    business('revenue', ids.map((m) => `${m}.health`).join(', '), '{ rule: weighted_mean }'),
    business('customers', ids.map((m) => `${m}.serving`).join(', '), '{ rule: worst_of }'),
    business(
      'risk',
      ids.map((m) => `${m}.quality`).join(', '),
      `{ rule: k_of_n, k: ${Math.max(1, Math.floor(models * 0.9))} }`,
    ),
    '',
  ].join('\n');
}

/** 50 events of model number `i`: a few models degraded, the rest healthy. */
export function fleetEvents(i: number): unknown[] {
  const degraded = i % 17 === 0;
  return Array.from({ length: 50 }, (_, k) => ({
    features: Object.fromEntries(
      FEATURES.map((f, j) => [f, degraded && j === 0 && k % 5 === 0 ? null : (k * 7 + j * 13) % 100]),
    ),
    prediction: k % 2,
    confidence: degraded ? 0.55 : 0.85 + (k % 10) / 100,
    latency_seconds: (degraded ? 0.25 : 0.05) + (k % 7) / 100,
  }));
}
