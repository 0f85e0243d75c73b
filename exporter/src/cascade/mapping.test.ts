import fc from 'fast-check';
import type { ThresholdSpec } from '../spec/types';
import { linearAnchors, scoreValue } from './mapping';
import { severity } from '../spec/status';
import { statusFromScore, statusFromValue } from './thresholds';

const psi: ThresholdSpec = { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' };
const accuracy: ThresholdSpec = { warning: 0.9, critical: 0.8, direction: 'lower_is_worse' };
const scores = { warning: 0.75, critical: 0.5 };

describe('linearAnchors', () => {
  it('puts the zero point one warning→critical band beyond critical', () => {
    const a = linearAnchors(psi);
    expect(a.baseline).toBe(0);
    expect(a.zero).toBeCloseTo(0.4, 12);
  });

  it('mirrors critical about warning for the default lower_is_worse baseline', () => {
    const a = linearAnchors(accuracy);
    expect(-a.baseline).toBeCloseTo(1.0, 12);
    expect(-a.zero).toBeCloseTo(0.7, 12);
  });

  it('uses the mirror too for higher_is_worse thresholds at or below 0, and a unit step when warning = critical', () => {
    expect(linearAnchors({ warning: -2, critical: -1, direction: 'higher_is_worse' }).baseline).toBe(-3);
    const flat = linearAnchors({ warning: 5, critical: 5, direction: 'higher_is_worse' });
    expect(flat).toEqual({ baseline: 0, warning: 5, critical: 5, zero: 10 });
    const flatNegative = linearAnchors({ warning: -0.5, critical: -0.5, direction: 'higher_is_worse' });
    expect(flatNegative).toEqual({ baseline: -1.5, warning: -0.5, critical: -0.5, zero: 0.5 });
  });

  it('keeps a declared baseline', () => {
    expect(linearAnchors({ ...psi, baseline: 0.02 }).baseline).toBe(0.02);
  });
});

describe('scoreValue', () => {
  it.each([
    [0, 1],
    [-0.3, 1],
    [0.05, 0.875],
    [0.1, 0.75],
    [0.16, 0.65],
    [0.25, 0.5],
    [0.31, 0.3],
    [0.4, 0],
    [0.9, 0],
  ])('linear PSI %p scores %p', (value, score) => {
    expect(scoreValue(value, psi, 'linear', scores)).toBeCloseTo(score, 12);
  });

  it.each([
    [1, 1],
    [0.95, 0.875],
    [0.85, 0.625],
    [0.76, 0.3],
    [0.6, 0],
  ])('linear lower_is_worse accuracy %p scores %p', (value, score) => {
    expect(scoreValue(value, accuracy, 'linear', scores)).toBeCloseTo(score, 12);
  });

  it.each([
    [0.05, 1],
    [0.16, 0.75],
    [0.31, 0.5],
  ])('step PSI %p scores %p', (value, score) => {
    expect(scoreValue(value, psi, 'step', scores)).toBe(score);
  });

  it('scores exactly the score threshold at a value threshold', () => {
    expect(scoreValue(0.1, psi, 'linear', scores)).toBe(0.75);
    expect(scoreValue(0.25, psi, 'linear', scores)).toBe(0.5);
  });

  it('throws on bad score thresholds', () => {
    expect(() => scoreValue(0.1, psi, 'linear', { warning: 0.5, critical: 0.5 })).toThrow(
      'scoreValue: score thresholds need 0 ≤ critical < warning < 1',
    );
  });

  const thresholdsArb = fc
    .record({
      a: fc.double({ min: -100, max: 100, noNaN: true }),
      band: fc.double({ min: 0, max: 50, noNaN: true }),
      gap: fc.double({ min: 1e-6, max: 50, noNaN: true }),
      higher: fc.boolean(),
      withBaseline: fc.boolean(),
    })
    .map(({ a, band, gap, higher, withBaseline }): ThresholdSpec => {
      const s = higher ? 1 : -1;
      const t: ThresholdSpec = {
        warning: a,
        critical: a + s * band,
        direction: higher ? 'higher_is_worse' : 'lower_is_worse',
      };
      return withBaseline ? { ...t, baseline: a - s * gap } : t;
    });
  const scoresArb = fc
    .tuple(fc.double({ min: 0, max: 0.98, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true }))
    .map(([c, f]) => ({ critical: c, warning: c + (1 - c) * f }))
    .filter((t) => t.critical < t.warning && t.warning < 1);
  const valueArb = fc.double({ min: -300, max: 300, noNaN: true });

  it('agrees with statusFromValue through statusFromScore, for both mappings (property)', () => {
    fc.assert(
      fc.property(thresholdsArb, scoresArb, valueArb, fc.boolean(), (t, st, v, linear) => {
        const score = scoreValue(v, t, linear ? 'linear' : 'step', st);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(statusFromScore(score, st)).toBe(statusFromValue(v, t));
      }),
      { numRuns: 2000 },
    );
  });

  it('never rises as the value gets worse (property)', () => {
    fc.assert(
      fc.property(thresholdsArb, scoresArb, valueArb, valueArb, (t, st, v1, v2) => {
        const better = t.direction === 'higher_is_worse' ? Math.min(v1, v2) : Math.max(v1, v2);
        const worse = t.direction === 'higher_is_worse' ? Math.max(v1, v2) : Math.min(v1, v2);
        expect(scoreValue(worse, t, 'linear', st)).toBeLessThanOrEqual(scoreValue(better, t, 'linear', st));
        expect(severity(statusFromValue(worse, t))).toBeGreaterThanOrEqual(
          severity(statusFromValue(better, t)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the status right below a threshold, where rounding could land on the band edge', () => {
    // Found by search: the plain interpolation gives exactly 0.5 (critical) for this warning value.
    const t: ThresholdSpec = {
      warning: 0.3459151366955471,
      critical: 1.9929971269682123,
      direction: 'higher_is_worse',
    };
    const below = 1.992997126968212;
    const raw = 0.75 - (0.25 * (below - t.warning)) / (t.critical - t.warning);
    expect(raw).toBe(0.5);
    expect(statusFromValue(below, t)).toBe('warning');
    expect(scoreValue(below, t, 'linear', scores)).toBeGreaterThan(0.5);
    expect(statusFromScore(scoreValue(below, t, 'linear', scores), scores)).toBe('warning');
  });
});
