import type { ScenarioChange, Spec } from '../spec/types';
import { evaluateCascade } from './evaluate';
import { applyScenario, evaluateScenario } from './scenario';
import { DAY, NOW, nodeOf } from './__fixtures__/index';
import { fraudInputs, fraudSpec } from './__fixtures__/fraud';
import type { CascadeInputs } from './types';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A plain, comparable copy of inputs (Maps cannot be frozen, so they are compared instead). */
function plain(inputs: CascadeInputs) {
  return {
    observations: [...inputs.observations.entries()].map(([k, v]) => [k, { ...v }]),
    exposures: [...inputs.exposures.entries()],
    modelAges: [...inputs.modelAges.entries()],
    referenceAges: [...inputs.referenceAges.entries()],
    overrides: inputs.overrides === undefined ? undefined : [...inputs.overrides.entries()],
  };
}

const ALL_KINDS: ScenarioChange[] = [
  { node: 'fraud.drift.input.amount', value: 0.31 },
  { node: 'fraud.serving', score: 0.4 },
  { node: 'fraud.age', status: 'warning' },
  { fail_source: 'prom' },
  { fail_feature: { model: 'fraud', feature: 'country' } },
  { age_model: { model: 'fraud', days: 90 } },
  { scale_exposure: { factor: 3 } },
  { set_exposure: { node: 'compliance_exposure', value: 1000 } },
];

describe('applyScenario', () => {
  it('never mutates the spec or the inputs, for every kind of change, in both failure modes', () => {
    const spec = deepFreeze(fraudSpec());
    const inputs = fraudInputs();
    for (const o of inputs.observations.values()) deepFreeze(o);
    const before = plain(inputs);
    const specBefore = structuredClone(spec) as Spec;
    for (const failure of ['unknown', 'worst_case'] as const) {
      evaluateScenario(spec, inputs, ALL_KINDS, NOW, { failure });
    }
    expect(plain(inputs)).toEqual(before);
    expect(spec).toEqual(specBefore);
  });

  it('sets a base value as fresh data and evaluates it normally', () => {
    const stale = fraudInputs();
    const snapshot = evaluateScenario(
      fraudSpec(),
      stale,
      [{ node: 'fraud.drift.input.amount', value: 0.31 }],
      NOW,
    );
    expect(nodeOf(snapshot, 'fraud.drift.input.amount')).toMatchObject({
      status: 'critical',
      value: 0.31,
      reason: 'PSI 0.31 ≥ critical 0.25 (scenario)',
    });
    expect(nodeOf(snapshot, 'revenue_assurance').status).toBe('critical');
    expect(nodeOf(snapshot, 'revenue_assurance').impact?.value).toBeCloseTo(10000 * 0.2 * 0.7, 9);
  });

  it('fixes a parent’s score; its own children no longer matter and its parents read it', () => {
    const snapshot = evaluateScenario(
      fraudSpec(),
      fraudInputs(),
      [{ node: 'fraud.serving', score: 0.4 }],
      NOW,
    );
    expect(nodeOf(snapshot, 'fraud.serving')).toMatchObject({
      score: 0.4,
      status: 'critical',
      contributions: [],
      reason: 'scenario: score set to 0.4',
    });
    expect(nodeOf(snapshot, 'fraud')).toMatchObject({
      score: 0.4,
      reason: 'worst child fraud.serving (critical)',
    });
  });

  it('sets a status with its step score, unknown included', () => {
    const warn = evaluateScenario(
      fraudSpec(),
      fraudInputs(),
      [{ node: 'fraud.age', status: 'warning' }],
      NOW,
    );
    expect(nodeOf(warn, 'fraud.age')).toMatchObject({
      score: 0.75,
      status: 'warning',
      reason: 'scenario: status set to warning',
    });
    const gone = evaluateScenario(
      fraudSpec(),
      fraudInputs(),
      [{ node: 'fraud.age', status: 'unknown' }],
      NOW,
    );
    expect(nodeOf(gone, 'fraud.age').score).toBeNull();
    expect(nodeOf(gone, 'fraud')).toMatchObject({ status: 'unknown', reason: 'child fraud.age is unknown' });
  });

  it('fails a source: its nodes lose their value and its exposures their reading', () => {
    const applied = applyScenario(fraudSpec(), fraudInputs(), [{ fail_source: 'prom' }]);
    expect(applied.inputs.observations.get('fraud.serving.p99')).toEqual({
      node: 'fraud.serving.p99',
      value: null,
      observedAt: NOW - 10,
      reason: 'scenario: source prom failed',
    });
    expect(applied.inputs.exposures.get('revenue_assurance')).toBeNull();
    const snapshot = evaluateCascade(applied.spec, applied.inputs, NOW);
    expect(nodeOf(snapshot, 'fraud.serving.p99')).toMatchObject({
      status: 'unknown',
      reason: 'no value: scenario: source prom failed',
    });
    expect(nodeOf(snapshot, 'revenue_assurance')).toMatchObject({ status: 'unknown', impact: null });
    expect(applied.notes).toEqual([]);
  });

  it('prices a failure in worst_case mode: failed nodes score 0, exposures keep their reading', () => {
    const snapshot = evaluateScenario(fraudSpec(), fraudInputs(), [{ fail_source: 'prom' }], NOW, {
      failure: 'worst_case',
    });
    expect(nodeOf(snapshot, 'fraud.serving.p99')).toMatchObject({ score: 0, status: 'critical' });
    expect(nodeOf(snapshot, 'revenue_assurance').impact?.value).toBeCloseTo(2000, 9);
  });

  it('fails a feature: the drift and completeness nodes on it, nothing else', () => {
    const snapshot = evaluateScenario(
      fraudSpec(),
      fraudInputs(),
      [{ fail_feature: { model: 'fraud', feature: 'amount' } }],
      NOW,
    );
    expect(nodeOf(snapshot, 'fraud.drift.input.amount').status).toBe('unknown');
    expect(nodeOf(snapshot, 'fraud.quality.missing.amount').reason).toBe(
      'no value: scenario: feature amount of fraud failed',
    );
    expect(nodeOf(snapshot, 'fraud.drift.input.country').status).toBe('ok');
  });

  it('ages a model: its age nodes, ages and trained_at move together', () => {
    const applied = applyScenario(fraudSpec(), fraudInputs(), [{ age_model: { model: 'fraud', days: 90 } }]);
    expect(applied.inputs.modelAges.get('fraud')).toBe(130 * DAY);
    expect(applied.spec.models[0].trained_at).toBe(NOW - 130 * DAY);
    expect(applied.inputs.observations.get('fraud.age')?.value).toBe(130 * DAY);
    const snapshot = evaluateCascade(applied.spec, applied.inputs, NOW);
    expect(nodeOf(snapshot, 'fraud.age')).toMatchObject({
      status: 'critical',
      reason: 'model age 130d ≥ critical 120d',
    });
  });

  it('scales read and constant exposures, and sets one, in order', () => {
    const worse = { 'fraud.drift.input.amount': 0.31, 'fraud.quality.missing.amount': 0.3 };
    const live = evaluateCascade(fraudSpec(), fraudInputs(worse), NOW);
    const peak = evaluateScenario(fraudSpec(), fraudInputs(worse), [{ scale_exposure: { factor: 3 } }], NOW);
    for (const id of ['revenue_assurance', 'compliance_exposure']) {
      expect(nodeOf(peak, id).impact?.value).toBeCloseTo(3 * (nodeOf(live, id).impact?.value as number), 9);
    }
    const set = evaluateScenario(
      fraudSpec(),
      fraudInputs(worse),
      [
        { set_exposure: { node: 'revenue_assurance', value: 500 } },
        { scale_exposure: { node: 'revenue_assurance', factor: 2 } },
      ],
      NOW,
    );
    expect(nodeOf(set, 'revenue_assurance').impact?.exposure).toBe(1000);
  });

  it('notes changes that affect nothing', () => {
    expect(applyScenario(fraudSpec(), fraudInputs(), [{ fail_source: 'unused' }]).notes).toEqual([
      'fail_source unused: no node reads it',
    ]);
  });

  it.each([
    [{ node: 'nope', value: 1 }, 'applyScenario: change 0 {"node":"nope","value":1}: unknown node nope'],
    [{ node: 'fraud', value: 1 }, 'node fraud is not a base node, set its score or status instead'],
    [{ node: 'fraud', score: 2 }, 'score 2 is not in [0, 1]'],
    [{ fail_source: 'elsewhere' }, 'unknown source elsewhere'],
    [{ fail_feature: { model: 'fraud', feature: 'zip' } }, 'model fraud has no feature zip'],
    [{ age_model: { model: 'recsys', days: 1 } }, 'unknown model recsys'],
    [{ age_model: { model: 'fraud', days: -1 } }, 'days -1 must be a non-negative number'],
    [{ scale_exposure: { factor: -2 } }, 'factor -2 must be a non-negative number'],
    [{ scale_exposure: { node: 'fraud', factor: 2 } }, 'node fraud has no impact model'],
    [
      { set_exposure: { node: 'revenue_assurance', value: Number.NaN } },
      'exposure NaN must be a non-negative number',
    ],
  ] as Array<[ScenarioChange, string]>)('rejects %j', (change, message) => {
    expect(() => applyScenario(fraudSpec(), fraudInputs(), [change])).toThrow(message);
  });

  it('names the index of the failing change', () => {
    expect(() =>
      applyScenario(fraudSpec(), fraudInputs(), [{ fail_source: 'prom' }, { fail_source: 'x' }]),
    ).toThrow('applyScenario: change 1 {"fail_source":"x"}: unknown source x');
  });
});
