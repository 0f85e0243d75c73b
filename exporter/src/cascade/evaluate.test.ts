import { evaluateCascade } from './evaluate';
import { DAY, NOW, base, inputsOf, makeSpec, model, nodeOf, parent } from './__fixtures__/index';
import { fraudInputs, fraudSpec } from './__fixtures__/fraud';

describe('evaluateCascade: base nodes', () => {
  const spec = makeSpec([base('x')]);
  const reasonFor = (observations: CascadeInputsLike) =>
    nodeOf(evaluateCascade(spec, { ...inputsOf({}), observations }, NOW), 'x');
  type CascadeInputsLike = ReturnType<typeof inputsOf>['observations'];

  it.each([
    ['no observation', new Map()],
    ['no value', new Map([['x', { node: 'x', value: null, observedAt: NOW }]])],
    [
      'no value: 12 events < 30 needed',
      new Map([['x', { node: 'x', value: null, observedAt: NOW, reason: '12 events < 30 needed' }]]),
    ],
    ['value NaN is not a finite number', new Map([['x', { node: 'x', value: Number.NaN, observedAt: NOW }]])],
    ['never observed', new Map([['x', { node: 'x', value: 0.05, observedAt: null }]])],
  ])('is unknown with score null and reason "%s"', (reason, observations) => {
    expect(reasonFor(observations)).toMatchObject({ status: 'unknown', score: null, reason });
  });

  it('is unknown without thresholds (not yet declared or derived)', () => {
    const bare = makeSpec([base('x', { thresholds: undefined })]);
    expect(nodeOf(evaluateCascade(bare, inputsOf({ x: 0.05 }), NOW), 'x')).toMatchObject({
      status: 'unknown',
      value: 0.05,
      thresholds: null,
      reason: 'no thresholds',
    });
  });

  it('keeps a stale value for context while being unknown', () => {
    const r = nodeOf(evaluateCascade(spec, inputsOf({ x: 0.31 }, { age: 4000 }), NOW), 'x');
    expect(r).toMatchObject({ status: 'unknown', score: null, value: 0.31 });
  });

  it('fills the node fields: tier, model, thresholds, timestamp', () => {
    const s = makeSpec([base('x', { model: 'fraud' })]);
    expect(nodeOf(evaluateCascade(s, inputsOf({ x: 0.16 }), NOW), 'x')).toMatchObject({
      id: 'x',
      tier: 'base',
      model: 'fraud',
      value: 0.16,
      thresholds: { warning: 0.1, critical: 0.25 },
      contributions: [],
      impact: null,
      decay: 1,
      updatedAt: NOW,
    });
  });

  it('decays a base node by its data age', () => {
    const s = makeSpec([base('x', { decay: { of: 'data', grace: 60, half_life: 60, floor: 0 } })]);
    const r = nodeOf(evaluateCascade(s, inputsOf({ x: 0.05 }, { age: 180 }), NOW), 'x');
    expect(r.decay).toBeCloseTo(0.25, 12);
    expect(r.score).toBeCloseTo(0.875 * 0.25, 12);
    expect(r.status).toBe('critical');
  });
});

describe('evaluateCascade: parents and the DAG', () => {
  it('evaluates a child shared by two parents once and lists nodes in spec order', () => {
    const spec = makeSpec([
      parent('p1', ['shared', 'a']),
      parent('p2', ['shared'], { rule: 'weighted_mean' }),
      base('shared'),
      base('a'),
      parent('top', ['p1', 'p2'], { rule: 'k_of_n', k: 1 }),
    ]);
    const snapshot = evaluateCascade(spec, inputsOf({ shared: 0.31, a: 0.05 }), NOW);
    expect(snapshot.nodes.map((n) => n.id)).toEqual(['p1', 'p2', 'shared', 'a', 'top']);
    expect(nodeOf(snapshot, 'p1').score).toBeCloseTo(0.3, 12);
    expect(nodeOf(snapshot, 'p2').score).toBeCloseTo(0.3, 12);
    expect(snapshot.edges).toEqual([
      { parent: 'p1', child: 'shared', weight: 1 },
      { parent: 'p1', child: 'a', weight: 1 },
      { parent: 'p2', child: 'shared', weight: 1 },
      { parent: 'top', child: 'p1', weight: 1 },
      { parent: 'top', child: 'p2', weight: 1 },
    ]);
    expect(snapshot.at).toBe(NOW);
  });

  it('reads a parent’s status with its own score thresholds when declared', () => {
    const lenient = parent(
      'p',
      ['a'],
      { rule: 'weighted_mean' },
      {
        thresholds: { warning: 0.4, critical: 0.2, direction: 'lower_is_worse' },
      },
    );
    const r = nodeOf(evaluateCascade(makeSpec([base('a'), lenient]), inputsOf({ a: 0.16 }), NOW), 'p');
    expect(r).toMatchObject({ score: 0.65, status: 'ok', thresholds: { warning: 0.4, critical: 0.2 } });
  });

  it('is unknown when k_of_n has fewer than k known children under ignore', () => {
    const p = parent('p', ['a', 'b', 'c'], { rule: 'k_of_n', k: 2 }, { unknown_policy: 'ignore' });
    const r = nodeOf(
      evaluateCascade(makeSpec([base('a'), base('b'), base('c'), p]), inputsOf({ a: 0.05 }), NOW),
      'p',
    );
    expect(r).toMatchObject({ status: 'unknown', score: null, reason: '1 of 3 children known, 2 needed' });
  });

  it('decays a parent by the oldest data among its known children', () => {
    const p = parent(
      'p',
      ['a', 'b'],
      { rule: 'worst_of' },
      { decay: { of: 'data', grace: 100, half_life: 100, floor: 0 } },
    );
    const inputs = inputsOf({ a: 0 });
    const observations = new Map(inputs.observations);
    observations.set('b', { node: 'b', value: 0, observedAt: NOW - 200 });
    const r = nodeOf(
      evaluateCascade(makeSpec([base('a'), base('b'), p]), { ...inputs, observations }, NOW),
      'p',
    );
    expect(r.decay).toBe(0.5);
    expect(r.score).toBe(0.5);
  });

  it('makes a node with model decay unknown when no model age is known', () => {
    const p = parent(
      'p',
      ['a'],
      { rule: 'worst_of' },
      { model: 'm', decay: { of: 'model', grace: DAY, half_life: DAY, floor: 0 } },
    );
    const r = nodeOf(
      evaluateCascade(makeSpec([base('a'), p], { models: [model('m')] }), inputsOf({ a: 0 }), NOW),
      'p',
    );
    expect(r).toMatchObject({
      status: 'unknown',
      score: null,
      reason: 'worst child a (ok); model age unknown, decay cannot be applied',
    });
  });

  it('keeps every model in retrainRecommended, false unless a trigger holds', () => {
    const healthy = evaluateCascade(fraudSpec(), fraudInputs(), NOW);
    expect(healthy.retrainRecommended).toEqual({ fraud: false });
    const drifted = evaluateCascade(fraudSpec(), fraudInputs({ 'fraud.drift.input.amount': 0.31 }), NOW);
    expect(drifted.retrainRecommended).toEqual({ fraud: true });
  });
});

describe('evaluateCascade: refusals', () => {
  it('lists every spec problem at once', () => {
    const bad = makeSpec([
      base('a', { thresholds: { warning: 0.3, critical: 0.1, direction: 'higher_is_worse' } }),
      parent('p', [['a', 0], 'ghost']),
    ]);
    expect(() => evaluateCascade(bad, inputsOf({}), NOW)).toThrow(
      'evaluateCascade: invalid spec or overrides: /nodes/0/thresholds: higher_is_worse needs warning ≤ critical, got warning 0.3, critical 0.1; ' +
        '/nodes/1/children/0/weight: weight 0 of child a must be a positive finite number; /nodes/1/children/1/node: unknown child ghost',
    );
  });

  it('refuses overrides that do not fit the spec, and a clock that is not a number', () => {
    const spec = makeSpec([base('a'), base('b'), parent('p', ['a', 'b'])]);
    const overrides = new Map([
      ['p', { value: 3 }],
      ['ghost', { score: 0.5 }],
      ['a', { score: 1.5 }],
      ['b', { status: 'red' as 'critical' }],
    ]);
    expect(() => evaluateCascade(spec, { ...inputsOf({}), overrides }, NOW)).toThrow(
      'node p is not a base node, its value cannot be set; override of unknown node ghost; score 1.5 for a is not in [0, 1]; status red for b is not a status',
    );
    expect(() => evaluateCascade(spec, inputsOf({}), Number.NaN)).toThrow(
      'evaluateCascade: now NaN is not a finite number',
    );
  });
});
