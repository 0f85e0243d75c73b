import fc from 'fast-check';
import type { ImpactSpec, LossSpec } from '../spec/types';
import { lossProblem } from '../spec/semantic/cascadeRules';
import { exposureOf, impactFields, lossFraction } from './impact';

const linear: LossSpec = { kind: 'linear', max_loss: 0.2 };
const step: LossSpec = {
  kind: 'step',
  steps: [
    { below: 0.5, loss: 0.2 },
    { below: 0.75, loss: 0.05 },
  ],
};
const piecewise: LossSpec = {
  kind: 'piecewise',
  points: [
    [0, 0.5],
    [0.5, 0.1],
    [1, 0],
  ],
};
const revenue: ImpactSpec = {
  measure: 'revenue_at_risk',
  unit: 'USD/hour',
  exposure: { constant: 10000 },
  loss: linear,
};

describe('lossFraction', () => {
  it('linear: max_loss × (1 − score)', () => {
    expect(lossFraction(linear, 0.3)).toBeCloseTo(0.14, 12);
    expect(lossFraction(linear, 1)).toBe(0);
    expect(lossFraction(linear, 0)).toBe(0.2);
  });

  it('step: the first step the score is under (strictly), else 0', () => {
    expect(lossFraction(step, 0.3)).toBe(0.2);
    expect(lossFraction(step, 0.5)).toBe(0.05);
    expect(lossFraction(step, 0.65)).toBe(0.05);
    expect(lossFraction(step, 0.75)).toBe(0);
  });

  it('piecewise: interpolates between points, flat beyond the ends', () => {
    expect(lossFraction(piecewise, 0.3)).toBeCloseTo(0.26, 12);
    expect(lossFraction(piecewise, 0.75)).toBeCloseTo(0.05, 12);
    const inner: LossSpec = {
      kind: 'piecewise',
      points: [
        [0.2, 0.4],
        [0.8, 0.1],
      ],
    };
    expect(lossFraction(inner, 0.1)).toBe(0.4);
    expect(lossFraction(inner, 0.9)).toBe(0.1);
  });

  it('never decreases as the score falls, for every kind (property)', () => {
    const score = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(score, score, fc.constantFrom(linear, step, piecewise), (s1, s2, loss) => {
        expect(lossFraction(loss, Math.min(s1, s2))).toBeGreaterThanOrEqual(
          lossFraction(loss, Math.max(s1, s2)),
        );
      }),
    );
  });

  it('throws on a score outside [0, 1] or an invalid loss', () => {
    expect(() => lossFraction(linear, 1.5)).toThrow('lossFraction: score 1.5 is not in [0, 1]');
    expect(() => lossFraction({ kind: 'linear', max_loss: 2 }, 0.5)).toThrow(
      'linear max_loss 2 must be in [0, 1]',
    );
  });
});

describe('lossProblem', () => {
  it('names the step or point that breaks monotonicity or order', () => {
    expect(
      lossProblem({
        kind: 'step',
        steps: [
          { below: 0.5, loss: 0.1 },
          { below: 0.75, loss: 0.3 },
        ],
      }),
    ).toBe('step 1: loss must not increase from step to step');
    expect(
      lossProblem({
        kind: 'step',
        steps: [
          { below: 0.5, loss: 0.1 },
          { below: 0.5, loss: 0.1 },
        ],
      }),
    ).toBe('step 1: below must increase from step to step');
    expect(
      lossProblem({
        kind: 'piecewise',
        points: [
          [0, 0.1],
          [1, 0.2],
        ],
      }),
    ).toBe('point 1: loss must not increase with the score');
    expect(lossProblem({ kind: 'piecewise', points: [] })).toBe('piecewise loss needs at least one point');
    expect(lossProblem(piecewise)).toBeNull();
  });
});

describe('exposureOf', () => {
  const read: ImpactSpec = { ...revenue, exposure: { source: 'prom', query: 'sum(rate(revenue[1h]))' } };
  it('reads a constant, or the caller-provided reading of a source', () => {
    expect(exposureOf(revenue, 'r', new Map())).toEqual({ value: 10000 });
    expect(exposureOf(read, 'r', new Map([['r', 5000]]))).toEqual({ value: 5000 });
  });
  it('says why a reading is missing or unusable', () => {
    expect(exposureOf(read, 'r', new Map())).toEqual({ reason: 'no exposure reading for r' });
    expect(exposureOf(read, 'r', new Map([['r', null]]))).toEqual({
      reason: 'exposure from source prom unavailable',
    });
    expect(exposureOf(read, 'r', new Map([['r', -3]]))).toEqual({
      reason: 'exposure -3 is not a non-negative number',
    });
  });
});

describe('impactFields', () => {
  it('prices nothing at risk while the node is ok (the dead band), unless price_when_ok', () => {
    expect(impactFields(revenue, 'r', 0.8, 'ok', new Map()).impact).toMatchObject({ value: 0, loss: 0 });
    const priced = impactFields({ ...revenue, price_when_ok: true }, 'r', 0.8, 'ok', new Map()).impact;
    expect(priced?.value).toBeCloseTo(400, 9);
    expect(impactFields(revenue, 'r', 0.8, 'warning', new Map()).impact?.value).toBeCloseTo(400, 9);
  });

  it('is exposure × loss(score)', () => {
    const { impact } = impactFields(revenue, 'r', 0.3, 'critical', new Map());
    expect(impact?.value).toBeCloseTo(1400, 9);
    expect(impact).toMatchObject({ measure: 'revenue_at_risk', unit: 'USD/hour', exposure: 10000 });
  });

  it('prices nothing, with the reason, when the node is unknown: never zero money', () => {
    const out = impactFields(revenue, 'r', 0.7, 'unknown', new Map());
    expect(out.impact).toBeNull();
    expect(out.impactUnknown).toEqual({
      measure: 'revenue_at_risk',
      unit: 'USD/hour',
      exposure: 10000,
      reason: 'status of r is unknown',
    });
  });

  it('prices nothing when the exposure is unknown', () => {
    const read: ImpactSpec = { ...revenue, exposure: { source: 'prom', query: 'q' } };
    const out = impactFields(read, 'r', 0.3, 'critical', new Map([['r', null]]));
    expect(out.impact).toBeNull();
    expect(out.impactUnknown?.exposure).toBeNull();
    expect(out.impactUnknown?.reason).toBe('exposure from source prom unavailable');
  });
});
