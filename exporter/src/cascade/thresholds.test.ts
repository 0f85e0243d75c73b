import type { ThresholdSpec } from '../spec/types';
import { valueThresholdsProblem } from '../spec/semantic/cascadeRules';
import { scoreOfStatus, statusFromScore, statusFromValue } from './thresholds';

const psi: ThresholdSpec = { warning: 0.1, critical: 0.25, direction: 'higher_is_worse' };
const accuracy: ThresholdSpec = { warning: 0.9, critical: 0.8, direction: 'lower_is_worse' };
const scores = { warning: 0.75, critical: 0.5 };

describe('statusFromValue', () => {
  it.each([
    [0.05, 'ok'],
    [0.1, 'warning'],
    [0.2499, 'warning'],
    [0.25, 'critical'],
    [3, 'critical'],
    [-1, 'ok'],
  ])('higher_is_worse: %p is %s (bounds inclusive on the worse side)', (value, status) => {
    expect(statusFromValue(value, psi)).toBe(status);
  });

  it.each([
    [0.95, 'ok'],
    [0.9, 'warning'],
    [0.85, 'warning'],
    [0.8, 'critical'],
    [0.1, 'critical'],
  ])('lower_is_worse: %p is %s', (value, status) => {
    expect(statusFromValue(value, accuracy)).toBe(status);
  });

  it('has no warning band when warning equals critical', () => {
    const t: ThresholdSpec = { warning: 5, critical: 5, direction: 'higher_is_worse' };
    expect(statusFromValue(4.99, t)).toBe('ok');
    expect(statusFromValue(5, t)).toBe('critical');
  });

  it('throws naming the value or the thresholds', () => {
    expect(() => statusFromValue(Number.NaN, psi)).toThrow(
      'statusFromValue: value NaN is not a finite number',
    );
    expect(() => statusFromValue(0.1, { ...psi, critical: 0.05 })).toThrow(
      'statusFromValue: higher_is_worse needs warning ≤ critical, got warning 0.1, critical 0.05',
    );
    expect(() => statusFromValue(0.9, { ...accuracy, critical: 0.95 })).toThrow(
      'lower_is_worse needs warning ≥ critical',
    );
  });
});

describe('valueThresholdsProblem', () => {
  it('accepts a baseline on the healthy side and rejects one at or past warning', () => {
    expect(valueThresholdsProblem({ ...psi, baseline: 0.02 })).toBeNull();
    expect(valueThresholdsProblem({ ...psi, baseline: 0.1 })).toBe(
      'baseline 0.1 must be strictly on the healthy side of warning 0.1 (higher_is_worse)',
    );
    expect(valueThresholdsProblem({ ...accuracy, baseline: 0.85 })).toMatch(/baseline 0.85/);
  });
});

describe('statusFromScore', () => {
  it.each([
    [1, 'ok'],
    [0.7500001, 'ok'],
    [0.75, 'warning'],
    [0.5000001, 'warning'],
    [0.5, 'critical'],
    [0, 'critical'],
  ])('score %p is %s', (score, status) => {
    expect(statusFromScore(score, scores)).toBe(status);
  });

  it('throws on scores outside [0, 1] and on unordered thresholds', () => {
    expect(() => statusFromScore(1.2, scores)).toThrow('statusFromScore: score 1.2 is not in [0, 1]');
    expect(() => statusFromScore(Number.NaN, scores)).toThrow('score NaN is not in [0, 1]');
    expect(() => statusFromScore(0.6, { warning: 0.5, critical: 0.75 })).toThrow(
      'statusFromScore: score thresholds need 0 ≤ critical < warning < 1, got warning 0.5, critical 0.75',
    );
    expect(() => statusFromScore(0.6, { warning: 1, critical: 0.5 })).toThrow('0 ≤ critical < warning < 1');
  });
});

describe('scoreOfStatus', () => {
  it('is the step score of each status and round-trips through statusFromScore', () => {
    expect(scoreOfStatus('ok', scores)).toBe(1);
    expect(scoreOfStatus('warning', scores)).toBe(0.75);
    expect(scoreOfStatus('critical', scores)).toBe(0.5);
    expect(scoreOfStatus('unknown', scores)).toBeNull();
    for (const s of ['ok', 'warning', 'critical'] as const) {
      expect(statusFromScore(scoreOfStatus(s, scores) as number, scores)).toBe(s);
    }
  });
});
