import { createHash } from 'node:crypto';
import { SpecError, type SpecIssue } from './issues';
import { parseSpec } from './parse';
import { MINIMAL, positionOf } from './__fixtures__/specs';

describe('parseSpec fills the documented defaults', () => {
  const { spec, sha256, warnings } = parseSpec(MINIMAL, 'dir/mini.yaml');

  it('spec-wide defaults, currency and empty sections', () => {
    expect(spec.defaults).toEqual({
      evaluation_interval: 15,
      stale_after: 300,
      unknown_policy: 'propagate',
      score_thresholds: { warning: 0.75, critical: 0.5 },
      max_children: 7,
      max_nodes_per_tier: 25,
      low_confidence_below: 0.6,
      type_mismatch: 'reject',
    });
    expect(spec.currency).toBe('USD');
    expect(spec.sources).toEqual([]);
    expect(spec.teams).toEqual([]);
    expect(spec.escalation_policies).toEqual([]);
    expect(spec.scenarios).toEqual([]);
    expect(spec.links).toEqual({});
    expect(warnings).toEqual([]);
  });

  it('model defaults and feature importance', () => {
    expect(spec.models[0]).toEqual({
      id: 'm',
      version: '1',
      task: 'classification',
      features: [
        { name: 'x', type: 'numeric', range: [0, 10], importance: 1 },
        { name: 'c', type: 'categorical', categories: ['a', 'b'], importance: 1 },
      ],
      window: { duration: 900 },
      evaluation_interval: 15,
      sample_size: 5000,
      bins: 10,
      correction: 'bh',
      type_mismatch: 'reject',
    });
  });

  it('type_mismatch: a model inherits defaults.type_mismatch unless it declares its own', () => {
    const text = MINIMAL.replace('nodes:', 'defaults: { type_mismatch: count }\nnodes:');
    const parsed = parseSpec(text, 'mini.yaml').spec;
    expect(parsed.defaults.type_mismatch).toBe('count');
    expect(parsed.models[0].type_mismatch).toBe('count');
    const own = parseSpec(
      text.replace('task: classification', 'task: classification\n    type_mismatch: reject'),
      'mini.yaml',
    );
    expect(own.spec.models[0].type_mismatch).toBe('reject');
    const bad = MINIMAL.replace('nodes:', 'defaults: { type_mismatch: ignore }\nnodes:');
    let issues: SpecIssue[] = [];
    try {
      parseSpec(bad, 'mini.yaml');
    } catch (err) {
      if (err instanceof SpecError) issues = err.issues;
    }
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      expect.stringMatching(/^defaults\.type_mismatch: must be one of: reject, count/),
    ]);
  });

  it('base nodes: title, unit and direction from the signal kind, linear mapping, cadence from the model', () => {
    expect(spec.nodes[0]).toEqual({
      id: 'm.drift.x',
      tier: 'base',
      title: 'm.drift.x',
      model: 'm',
      cadence: 15,
      unit: 'none',
      signal: { kind: 'feature_drift', feature: 'x', method: 'psi', measure: 'statistic' },
      score_mapping: 'linear',
      thresholds: { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' },
    });
    expect(spec.nodes[1]?.unit).toBe('ratio');
  });

  it('parents: score unit, score thresholds, unknown policy, weight 1 for bare child ids', () => {
    expect(spec.nodes[2]).toEqual({
      id: 'm.health',
      tier: 'component',
      title: 'm.health',
      model: 'm',
      cadence: 15,
      unit: 'score',
      unknown_policy: 'propagate',
      thresholds: { warning: 0.75, critical: 0.5, direction: 'lower_is_worse' },
      children: [
        { node: 'm.drift.x', weight: 1 },
        { node: 'm.errors', weight: 1 },
      ],
      rollup: { rule: 'worst_of' },
    });
  });

  it('hashes the text bytes and keeps the spec version a string', () => {
    expect(sha256).toBe(createHash('sha256').update(Buffer.from(MINIMAL, 'utf8')).digest('hex'));
    expect(parseSpec(MINIMAL.replace('version: 1.0.0', 'version: 7'), 'x.yaml').spec.version).toBe('7');
  });
});

describe('parseSpec converts durations, timestamps and derivations', () => {
  const text = MINIMAL.replace(
    "version: '1'",
    "version: '1'\n    trained_at: 2025-03-01T12:00:00Z\n    reference: { file: ref.csv }\n    window: { count: 500 }\n    evaluation_interval: 1m",
  )
    .replace(
      'signal: { kind: error_ratio }\n    thresholds: { warning: 0.01, critical: 0.05 }',
      'signal: { kind: missing_ratio }\n    cadence: 90s\n    thresholds: { derive: { method: reference_chunks, k: 2 } }',
    )
    .replace('children: [m.health]', 'children: [m.health]\n    decay: { of: data, half_life: 1h30m }');
  const loaded = parseSpec(text, 'spec.yaml');
  const { spec } = loaded;

  it('durations are seconds and timestamps Unix seconds', () => {
    expect(spec.models[0]).toMatchObject({
      trained_at: 1740830400,
      window: { count: 500 },
      evaluation_interval: 60,
    });
    expect(spec.nodes[0]?.cadence).toBe(60);
    expect(spec.nodes[1]?.cadence).toBe(90);
    expect(spec.nodes[3]?.decay).toEqual({ of: 'data', grace: 0, half_life: 5400, floor: 0 });
  });

  it('a derive-only node gets the kind default numbers and the derivation defaults, with a warning', () => {
    expect(spec.nodes[1]?.thresholds).toEqual({
      warning: 0.05,
      critical: 0.2,
      direction: 'higher_is_worse',
      derive: { method: 'reference_chunks', k: 2, critical_k: 4, chunks: 10 },
    });
    expect(loaded.warnings).toEqual([
      {
        file: 'spec.yaml',
        ...positionOf(text, '{ method: reference_chunks'),
        path: 'nodes[1].thresholds.derive',
        message:
          "thresholds not derived yet: using warning 0.05, critical 0.2 until 'mlhealth calibrate' runs",
        severity: 'warning',
      },
    ]);
  });

  it('duration thresholds for nodes measured in seconds', () => {
    const age = MINIMAL.replace(
      'signal: { kind: error_ratio }\n    thresholds: { warning: 0.01, critical: 0.05 }',
      'signal: { kind: model_age }\n    thresholds: { warning: 90d, critical: 180d }',
    );
    expect(parseSpec(age, 'a.yaml').spec.nodes[1]?.thresholds).toEqual({
      warning: 7776000,
      critical: 15552000,
      direction: 'higher_is_worse',
    });
  });
});

describe('metric-fatigue warnings', () => {
  it('warns (without failing) when a node has more children than max_children', () => {
    const text = MINIMAL.replace('nodes:', 'defaults: { max_children: 1 }\nnodes:');
    const { warnings } = parseSpec(text, 'spec.yaml');
    expect(warnings.map((w) => `${w.line}:${w.column} ${w.path}: ${w.message}`)).toEqual([
      `${positionOf(text, '[m.drift.x, m.errors]').line}:${positionOf(text, '[m.drift.x, m.errors]').column} nodes[2].children: 2 children, more than defaults.max_children (1): group them under intermediate components so the level stays readable`,
    ]);
  });

  it('warns when a tier has more nodes than max_nodes_per_tier, at the first node past the limit', () => {
    const text = MINIMAL.replace('nodes:', 'defaults: { max_nodes_per_tier: 1 }\nnodes:');
    const { warnings } = parseSpec(text, 'spec.yaml');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      ...positionOf(text, 'id: m.errors'),
      path: 'nodes[1]',
      message: 'the base tier has 2 nodes, more than defaults.max_nodes_per_tier (1); this is number 2',
      severity: 'warning',
    });
  });
});
