/**
 * Worked examples 1–5 of the block comment at the top of `evaluate.ts` (mapping, worst_of,
 * weighted_mean, k_of_n, unknown policies), with exactly its numbers, through `evaluateCascade`.
 */
import type { NodeSpec, UnknownPolicy } from '../spec/types';
import { evaluateCascade } from './evaluate';
import { NOW, base, inputsOf, makeSpec, nodeOf, parent, sharesOf } from './__fixtures__/index';

const accuracyNode = base('acc', {
  signal: { kind: 'estimated_performance', metric: 'accuracy' },
  thresholds: { warning: 0.9, critical: 0.8, direction: 'lower_is_worse' },
});

describe('1. value → score', () => {
  it.each([
    [0.05, 0.875, 'ok', 'PSI 0.05 < warning 0.1'],
    [0.1, 0.75, 'warning', 'PSI 0.1 ≥ warning 0.1'],
    [0.16, 0.65, 'warning', 'PSI 0.16 ≥ warning 0.1'],
    [0.25, 0.5, 'critical', 'PSI 0.25 ≥ critical 0.25'],
    [0.31, 0.3, 'critical', 'PSI 0.31 ≥ critical 0.25'],
    [0.5, 0, 'critical', 'PSI 0.5 ≥ critical 0.25'],
  ])('linear PSI %p → %p %s', (value, score, status, reason) => {
    const r = nodeOf(evaluateCascade(makeSpec([base('x')]), inputsOf({ x: value }), NOW), 'x');
    expect(r.score).toBeCloseTo(score, 12);
    expect(r).toMatchObject({ status, reason, value });
  });

  it.each([
    [0.95, 0.875, 'ok', 'estimated accuracy 0.95 > warning 0.9'],
    [0.85, 0.625, 'warning', 'estimated accuracy 0.85 ≤ warning 0.9'],
    [0.76, 0.3, 'critical', 'estimated accuracy 0.76 ≤ critical 0.8'],
  ])('linear lower_is_worse accuracy %p → %p %s', (value, score, status, reason) => {
    const r = nodeOf(evaluateCascade(makeSpec([accuracyNode]), inputsOf({ acc: value }), NOW), 'acc');
    expect(r.score).toBeCloseTo(score, 12);
    expect(r).toMatchObject({ status, reason });
  });

  it.each([
    [0.05, 1],
    [0.16, 0.75],
    [0.31, 0.5],
  ])('step PSI %p → %p', (value, score) => {
    const spec = makeSpec([base('x', { score_mapping: 'step' })]);
    expect(nodeOf(evaluateCascade(spec, inputsOf({ x: value }), NOW), 'x').score).toBe(score);
  });

  it('is fresh at exactly stale_after and unknown one second later', () => {
    const spec = makeSpec([base('x')]);
    expect(nodeOf(evaluateCascade(spec, inputsOf({ x: 0.05 }, { age: 300 }), NOW), 'x').status).toBe('ok');
    const stale = nodeOf(evaluateCascade(spec, inputsOf({ x: 0.05 }, { age: 301 }), NOW), 'x');
    expect(stale).toMatchObject({
      status: 'unknown',
      score: null,
      reason: 'stale: last observed 5.02min ago > stale_after 5min',
    });
  });
});

const abc = [base('a'), base('b'), base('c')];
const abcValues = { a: 0.05, b: 0.16, c: 0.31 };
function evalParent(p: NodeSpec, nodes: NodeSpec[] = abc, values: Record<string, number | null> = abcValues) {
  return nodeOf(evaluateCascade(makeSpec([...nodes, p]), inputsOf(values), NOW), p.id);
}

describe('2. worst_of', () => {
  it('takes the worst child, which takes the whole deficit', () => {
    const r = evalParent(parent('p', ['a', 'b', 'c']));
    expect(r).toMatchObject({ status: 'critical', reason: 'worst child c (critical)' });
    expect(r.score).toBeCloseTo(0.3, 12);
    expect(sharesOf(r)).toEqual({ a: 0, b: 0, c: 1 });
  });

  it('splits the deficit between tied children', () => {
    const r = evalParent(parent('p', ['a', 'b', 'c']), abc, { a: 0.05, b: 0.31, c: 0.31 });
    expect(sharesOf(r)).toEqual({ a: 0, b: 0.5, c: 0.5 });
  });
});

describe('3. weighted_mean', () => {
  it('averages with weights; contributions are each child’s part of the deficit', () => {
    const r = evalParent(parent('p', [['a', 2], 'b', 'c'], { rule: 'weighted_mean' }));
    expect(r.score).toBeCloseTo(0.675, 12);
    expect(r).toMatchObject({ status: 'warning', reason: 'weighted mean 0.675; largest share c (54%)' });
    const s = sharesOf(r);
    expect(s.a).toBeCloseTo(0.1923, 4);
    expect(s.b).toBeCloseTo(0.2692, 4);
    expect(s.c).toBeCloseTo(0.5385, 4);
  });

  it('lets a critical child keep the parent at warning although the mean is ok', () => {
    const r = evalParent(parent('p', [['a', 3], 'c'], { rule: 'weighted_mean' }), abc, {
      a: 0,
      b: 0,
      c: 0.31,
    });
    expect(r.score).toBeCloseTo(0.825, 12);
    expect(r.status).toBe('warning');
    expect(r.reason).toBe(
      'weighted mean 0.825; largest share c (100%); critical child c keeps it at warning',
    );
  });
});

describe('4. k_of_n', () => {
  it('is the 2nd best child for k = 2, with the failing children sharing the deficit', () => {
    const r = evalParent(parent('p', ['a', 'b', 'c'], { rule: 'k_of_n', k: 2 }));
    expect(r).toMatchObject({
      score: 0.65,
      status: 'warning',
      reason: '2 of 3 must be healthy; 2nd best child b (warning)',
    });
    const s = sharesOf(r);
    expect(s.a).toBe(0);
    expect(s.b).toBeCloseTo(1 / 3, 12);
    expect(s.c).toBeCloseTo(2 / 3, 12);
  });
});

describe('5. unknown policies', () => {
  const nodes = [base('a'), base('u'), base('b')];
  const values = { a: 0.05, u: null, b: 0.16 };
  const withPolicy = (policy: UnknownPolicy) =>
    evalParent(
      parent('p', ['a', 'u', 'b'], { rule: 'weighted_mean' }, { unknown_policy: policy }),
      nodes,
      values,
    );

  it('propagate: unknown, with an advisory score from the known children', () => {
    const r = withPolicy('propagate');
    expect(r).toMatchObject({ status: 'unknown', reason: 'child u is unknown' });
    expect(r.score).toBeCloseTo(0.7625, 12);
    const s = sharesOf(r);
    expect(s.a).toBeCloseTo(0.2632, 4);
    expect(s.u).toBe(0);
    expect(s.b).toBeCloseTo(0.7368, 4);
  });

  it('ignore: rated on the known children', () => {
    const r = withPolicy('ignore');
    expect(r).toMatchObject({ status: 'ok', reason: 'weighted mean 0.762; largest share b (74%)' });
    expect(r.score).toBeCloseTo(0.7625, 12);
  });

  it('as_critical: the unknown child counts as 0, critical', () => {
    const r = withPolicy('as_critical');
    expect(r.score).toBeCloseTo(0.5083, 4);
    expect(r.status).toBe('warning');
    const s = sharesOf(r);
    expect(s.a).toBeCloseTo(0.0847, 4);
    expect(s.u).toBeCloseTo(0.678, 4);
    expect(s.b).toBeCloseTo(0.2373, 4);
  });

  it('max_unknown_share 0.5: 1 of 3 unknown (1/3 ≤ 0.5) is rated on the known children, like ignore', () => {
    const r = evalParent(
      parent(
        'p',
        ['a', 'u', 'b'],
        { rule: 'weighted_mean' },
        { unknown_policy: 'max_unknown_share', max_unknown_share: 0.5 },
      ),
      nodes,
      values,
    );
    expect(r).toMatchObject({ status: 'ok', reason: 'weighted mean 0.762; largest share b (74%)' });
    expect(r.score).toBeCloseTo(0.7625, 12);
  });

  it('max_unknown_share 0.25: 1 of 3 unknown (1/3 > 0.25) is unknown, with the advisory score', () => {
    const r = evalParent(
      parent(
        'p',
        ['a', 'u', 'b'],
        { rule: 'weighted_mean' },
        { unknown_policy: 'max_unknown_share', max_unknown_share: 0.25 },
      ),
      nodes,
      values,
    );
    expect(r).toMatchObject({
      status: 'unknown',
      reason: '1 of 3 children unknown (33.3%) > max_unknown_share 25%',
    });
    expect(r.score).toBeCloseTo(0.7625, 12);
  });

  it('defaults to propagate from spec.defaults', () => {
    const r = evalParent(parent('p', ['a', 'u', 'b']), nodes, values);
    expect(r.status).toBe('unknown');
  });
});
