import { analyzeSpec, type Spec } from '..';
import { UNCALIBRATED_CODE } from '../convertThresholds';
import { buildInitSpec } from './buildSpec';
import type { InferredFeature } from './columns';
import { groupLeaves } from './grouping';
import type { InitInput } from './input';
import { calibrationChunks } from './input';

const AGE: InferredFeature = {
  name: 'age',
  type: 'numeric',
  range: [18, 90],
  drift_method: 'psi',
  values: 400,
  missing: 0,
};
const REGION: InferredFeature = {
  name: 'Region name',
  type: 'categorical',
  categories: ['north', 'south', 'other'],
  drift_method: 'jensenshannon',
  values: 396,
  missing: 4,
  unlisted: { categories: 3, values: 40 },
};

const INPUT: InitInput = {
  model: 'credit-risk',
  task: 'classification',
  referenceFile: 'data/train.csv',
  referenceSource: 'data/train.csv',
  rows: 400,
  features: [AGE, REGION],
  skipped: [
    {
      name: 'customer',
      reason: '400 distinct values in 400: an identifier or free text, not a feature to compare',
    },
  ],
  prediction: true,
  confidence: true,
  trainedAt: Date.parse('2025-01-15T00:00:00Z') / 1000,
};

/** The built spec, analysed as `mlhealth calibrate` does before calibrating (derive-only thresholds tolerated). */
function analyse(input: InitInput): { text: string; spec: Spec; warnings: string[] } {
  const text = buildInitSpec(input);
  const analysis = analyzeSpec(text, 'init.yaml', { tolerate: new Set([UNCALIBRATED_CODE]) });
  expect(analysis.errors).toEqual([]);
  return {
    text,
    spec: analysis.spec as Spec,
    warnings: analysis.warnings.map((w) => `${w.path}: ${w.message}`),
  };
}

/** The comments of a spec text as running prose: line breaks and `#` markers folded into spaces. */
const prose = (text: string): string => text.replace(/\n\s*#/g, ' ').replace(/ +/g, ' ');

const ids = (spec: Spec, tier?: string): string[] =>
  spec.nodes.filter((n) => tier === undefined || n.tier === tier).map((n) => n.id);

describe('buildInitSpec', () => {
  it('declares the model with the inferred features, a count window of one calibration chunk, and the placeholders', () => {
    const { spec } = analyse(INPUT);
    expect(spec.name).toBe('credit-risk');
    expect(spec.version).toBe('0.1.0');
    const [model] = spec.models;
    expect(model).toMatchObject({
      id: 'credit-risk',
      task: 'classification',
      owner: 'TODO: the team that owns the model',
      reference: { file: 'data/train.csv' },
      window: { count: 40 },
      trained_at: INPUT.trainedAt,
    });
    expect(model?.features).toEqual([
      { name: 'age', type: 'numeric', range: [18, 90], drift_method: 'psi', importance: 1 },
      {
        name: 'Region name',
        type: 'categorical',
        categories: ['north', 'south', 'other'],
        drift_method: 'jensenshannon',
        importance: 1,
      },
    ]);
  });

  it('writes the standard base signals, one component per concern and a business outcome over them', () => {
    const { spec } = analyse(INPUT);
    expect(ids(spec, 'base')).toEqual([
      'credit_risk.drift.age',
      'credit_risk.drift.region_name',
      'credit_risk.data_quality.missing_age',
      'credit_risk.data_quality.missing_region_name',
      'credit_risk.data_quality.schema',
      'credit_risk.prediction_quality.confidence',
      'credit_risk.prediction_quality.prediction_drift',
      'credit_risk.serving.latency_p99',
      'credit_risk.serving.errors',
      'credit_risk.serving.freshness',
      'credit_risk.governance.model_age',
      'credit_risk.governance.reference_age',
    ]);
    const components = ['drift', 'data_quality', 'prediction_quality', 'serving', 'governance'].map(
      (c) => `credit_risk.${c}`,
    );
    expect(ids(spec, 'component')).toEqual(components);
    const business = spec.nodes.find((n) => n.tier === 'business');
    expect(business).toMatchObject({
      id: 'credit_risk.revenue_assurance',
      owner: 'TODO: who answers for this outcome',
      children: components.map((node) => ({ node, weight: 1 })),
      impact: {
        measure: 'revenue_at_risk',
        unit: 'USD/hour',
        exposure: { constant: 0 },
        loss: { kind: 'linear', max_loss: 1 },
      },
    });
    const byId = new Map(spec.nodes.map((n) => [n.id, n]));
    expect(byId.get('credit_risk.drift.age')?.thresholds?.derive).toEqual({
      method: 'reference_chunks',
      k: 3,
      critical_k: 5,
      chunks: 10,
    });
    expect(byId.get('credit_risk.prediction_quality.confidence')?.thresholds).toMatchObject({
      baseline: 1,
      direction: 'lower_is_worse',
    });
    expect(byId.get('credit_risk.serving.errors')?.thresholds).toMatchObject({
      warning: 0.01,
      critical: 0.05,
    });
    expect(byId.get('credit_risk.serving.freshness')?.thresholds).toMatchObject({
      warning: 60,
      critical: 300,
    });
    expect(byId.get('credit_risk.governance.model_age')?.thresholds).toMatchObject({
      warning: 90 * 86400,
      critical: 180 * 86400,
    });
  });

  it('warns only about placeholders, and about thresholds calibration has still to derive', () => {
    const { warnings } = analyse(INPUT);
    expect(warnings.filter((w) => !w.includes('not derived yet'))).toEqual([
      "models[0].owner: placeholder: owner is 'TODO: the team that owns the model'; replace it before relying on this spec",
      "nodes[17].owner: placeholder: owner is 'TODO: who answers for this outcome'; replace it before relying on this spec",
      'nodes[17].impact.exposure.constant: placeholder: the exposure is 0, so this outcome is priced at nothing whatever its score; set the USD/hour at stake (a constant, or a PromQL query)',
    ]);
  });

  it('explains every block in comments', () => {
    const { text } = analyse(INPUT);
    expect(prose(text)).toMatch(
      /^# Monitoring spec for the model 'credit-risk', written by `mlhealth init` from data\/train.csv \(400 rows\)\./,
    );
    expect(text).toContain('#   - customer: 400 distinct values in 400');
    expect(prose(text)).toContain(' Region name: 3 rarer categories (10 % of its values) are not listed');
    for (const heading of [
      '# ── Base tier',
      '# Drift:',
      '# Data quality:',
      '# Prediction quality:',
      '# Serving:',
      '# Governance:',
      '# ── Component tier',
      '# ── Business tier',
    ])
      expect(text).toContain(heading);
  });

  it('gathers many features under groups, within max_children, and raises max_nodes_per_tier on purpose', () => {
    const features = Array.from({ length: 16 }, (_, i): InferredFeature => ({ ...AGE, name: `f${i}` }));
    const { spec, warnings } = analyse({ ...INPUT, features });
    expect(warnings.filter((w) => /max_children|max_nodes_per_tier/.test(w))).toEqual([]);
    for (const n of spec.nodes) expect(n.children?.length ?? 0).toBeLessThanOrEqual(7);
    expect(spec.defaults.max_nodes_per_tier).toBe(16 * 2 + 1 + 2 + 3 + 2);
    const drift = spec.nodes.find((n) => n.id === 'credit_risk.drift');
    expect(drift?.children?.map((c) => c.node)).toEqual([
      'credit_risk.drift.group_1',
      'credit_risk.drift.group_2',
      'credit_risk.drift.group_3',
    ]);
    expect(spec.nodes.find((n) => n.id === 'credit_risk.drift.group_1')).toMatchObject({
      tier: 'component',
      title: 'Credit risk · drift: f0 … f5',
    });
    const quality = spec.nodes.find((n) => n.id === 'credit_risk.data_quality');
    expect(quality?.children?.map((c) => c.node).at(-1)).toBe('credit_risk.data_quality.schema');
  });

  it('keeps default numbers (with the reason) where calibration failed, and leaves out a node without defaults', () => {
    const uncalibrated = new Map([
      ['credit_risk.drift.age', 'a chunk has no values'],
      ['credit_risk.prediction_quality.confidence', 'a chunk has no confidence values'],
    ]);
    const { spec, text } = analyse({ ...INPUT, uncalibrated });
    const age = spec.nodes.find((n) => n.id === 'credit_risk.drift.age');
    expect(age?.thresholds).toMatchObject({
      warning: 0.1,
      critical: 0.25,
      derive: { method: 'reference_chunks' },
    });
    expect(prose(text)).toContain(
      " Not calibrated (a chunk has no values): the kind's default numbers until `mlhealth calibrate` succeeds.",
    );
    expect(ids(spec)).not.toContain('credit_risk.prediction_quality.confidence');
    expect(spec.nodes.find((n) => n.id === 'credit_risk.prediction_quality')?.children).toEqual([
      { node: 'credit_risk.prediction_quality.prediction_drift', weight: 1 },
    ]);
  });

  it('leaves out what the data lacks: no confidence or predictions, no training time (regression)', () => {
    const { spec, text } = analyse({
      ...INPUT,
      task: 'regression',
      prediction: false,
      confidence: false,
      trainedAt: undefined,
    });
    expect(ids(spec, 'component')).toEqual([
      'credit_risk.drift',
      'credit_risk.data_quality',
      'credit_risk.serving',
      'credit_risk.governance',
    ]);
    expect(ids(spec)).not.toContain('credit_risk.governance.model_age');
    expect(prose(text)).toContain('Model age is not monitored: rerun init with --trained-at');
    const withPredictions = analyse({ ...INPUT, task: 'regression', confidence: false });
    expect(
      withPredictions.spec.nodes.find((n) => n.id === 'credit_risk.prediction_quality.prediction_drift')
        ?.signal,
    ).toEqual({
      kind: 'prediction_drift',
      method: 'psi',
    });
  });

  it('refuses a reference too small to calibrate on', () => {
    expect(() => buildInitSpec({ ...INPUT, rows: 19 })).toThrow(
      'buildInitSpec: the reference has 19 rows; at least 20 are needed to calibrate',
    );
  });
});

describe('calibrationChunks', () => {
  it('is 10, fewer for a small reference (≥ 10 rows each), more for a large one (up to 50)', () => {
    expect([19, 20, 45, 100, 1000, 50_000, 200_000, 10_000_000].map(calibrationChunks)).toEqual([
      0, 2, 4, 10, 10, 10, 40, 50,
    ]);
  });
});

describe('groupLeaves', () => {
  const leaf = (name: string) => ({ id: `m.${name}`, first: name, last: name });

  it('leaves children that fit as they are, and groups the rest in balanced groups, level by level', () => {
    expect(
      groupLeaves([leaf('a'), leaf('b')], { prefix: 'm.', title: 'M', room: 2, cap: 7, used: new Set() }),
    ).toEqual({ children: ['m.a', 'm.b'], groups: [] });
    const many = Array.from({ length: 50 }, (_, i) => leaf(`f${i}`));
    const { children, groups } = groupLeaves(many, {
      prefix: 'm.',
      title: 'M',
      room: 6,
      cap: 7,
      used: new Set(['m.group_1']),
    });
    expect(children.length).toBeLessThanOrEqual(6);
    expect(groups.every((g) => g.children.length <= 7)).toBe(true);
    expect(groups[0]?.id).toBe('m.group_2');
    expect(groups.at(-1)?.title).toMatch(/^M: f\d+ … f49$/);
    expect(() => groupLeaves(many, { prefix: 'm.', title: 'M', room: 0, cap: 7, used: new Set() })).toThrow(
      'groupLeaves: expected room ≥ 1',
    );
  });
});
