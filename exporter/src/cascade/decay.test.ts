import type { DecaySpec } from '../spec/types';
import { applyDecay, decayAge, decayFactor } from './decay';
import { DAY, NOW, inputsOf, makeSpec, model } from './__fixtures__/index';
import type { NodeResult } from './types';

const decay: DecaySpec = { of: 'model', grace: 30 * DAY, half_life: 30 * DAY, floor: 0.2 };
const scores = { warning: 0.75, critical: 0.5 };
const healthy: NodeResult = {
  id: 'n',
  tier: 'component',
  model: 'fraud',
  score: 0.875,
  status: 'ok',
  value: null,
  thresholds: scores,
  contributions: [],
  impact: null,
  decay: 1,
  reason: 'worst child a (ok)',
  updatedAt: NOW,
};

describe('decayFactor', () => {
  it.each([
    [0, 1],
    [20 * DAY, 1],
    [30 * DAY, 1],
    [45 * DAY, Math.SQRT1_2],
    [60 * DAY, 0.5],
    [200 * DAY, 0.2],
  ])('age %p s gives factor %p', (age, factor) => {
    expect(decayFactor(age, decay)).toBeCloseTo(factor, 12);
  });

  it('throws naming a bad age or spec', () => {
    expect(() => decayFactor(Number.NaN, decay)).toThrow('decayFactor: age NaN is not a number');
    expect(() => decayFactor(1, { ...decay, half_life: 0 })).toThrow('decayFactor: half_life 0 must be > 0');
    expect(() => decayFactor(1, { ...decay, floor: 1.5 })).toThrow('floor 1.5 must be in [0, 1]');
  });
});

describe('applyDecay', () => {
  it('multiplies the score and worsens the status when the decayed score says so', () => {
    const r = applyDecay(healthy, decay, 60 * DAY, scores);
    expect(r.score).toBeCloseTo(0.4375, 12);
    expect(r.status).toBe('critical');
    expect(r.decay).toBe(0.5);
    expect(r.reason).toBe('worst child a (ok); decay ×0.5 (model age 60d, grace 30d)');
  });

  it('never improves a status: a warning node with a barely decayed score stays warning', () => {
    const warning = { ...healthy, score: 0.9, status: 'warning' as const };
    expect(applyDecay(warning, decay, 31 * DAY, scores).status).toBe('warning');
  });

  it('leaves unknown nodes and young ages alone', () => {
    const unknown = { ...healthy, score: null, status: 'unknown' as const };
    expect(applyDecay(unknown, decay, 90 * DAY, scores)).toBe(unknown);
    expect(applyDecay(healthy, decay, 10 * DAY, scores)).toBe(healthy);
  });

  it('makes the node unknown when the age cannot be known', () => {
    const r = applyDecay(healthy, decay, null, scores);
    expect(r.status).toBe('unknown');
    expect(r.score).toBeNull();
    expect(r.reason).toBe('worst child a (ok); model age unknown, decay cannot be applied');
  });
});

describe('decayAge', () => {
  const spec = makeSpec([], {
    models: [
      model('fraud', { trained_at: NOW - 50 * DAY, reference_taken_at: NOW - 70 * DAY }),
      model('recsys'),
    ],
  });
  it('prefers inputs, then the spec timestamps', () => {
    const inputs = inputsOf({}, { modelAges: new Map([['fraud', 7 * DAY]]) });
    expect(decayAge('model', ['fraud'], null, spec, inputs, NOW)).toBe(7 * DAY);
    expect(decayAge('model', ['fraud'], null, spec, inputsOf({}), NOW)).toBe(50 * DAY);
    expect(decayAge('reference', ['fraud'], null, spec, inputsOf({}), NOW)).toBe(70 * DAY);
  });

  it('takes the oldest model for a node spanning models, and is unknown if one age is', () => {
    const inputs = inputsOf({}, { modelAges: new Map([['recsys', 90 * DAY]]) });
    expect(decayAge('model', ['fraud', 'recsys'], null, spec, inputs, NOW)).toBe(90 * DAY);
    expect(decayAge('model', ['fraud', 'recsys'], null, spec, inputsOf({}), NOW)).toBeNull();
    expect(decayAge('model', [], null, spec, inputsOf({}), NOW)).toBeNull();
  });

  it('reads data age as given, clamping clock skew to 0', () => {
    expect(decayAge('data', [], 120, spec, inputsOf({}), NOW)).toBe(120);
    expect(decayAge('data', [], -5, spec, inputsOf({}), NOW)).toBe(0);
    expect(decayAge('data', [], null, spec, inputsOf({}), NOW)).toBeNull();
  });
});
