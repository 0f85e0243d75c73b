import { cascadeSpecProblems } from './cascade';
import { base, makeSpec, parent } from '../../cascade/__fixtures__/index';
import { fraudSpec } from '../../cascade/__fixtures__/fraud';

describe('cascadeSpecProblems', () => {
  it('finds nothing wrong with a valid spec', () => {
    expect(cascadeSpecProblems(fraudSpec())).toEqual([]);
  });

  it('reports every problem at once with JSON-pointer paths', () => {
    const spec = makeSpec(
      [
        base('a', {
          thresholds: { warning: 0.1, critical: 0.2, direction: 'higher_is_worse', baseline: 0.5 },
        }),
        base('a'),
        parent(
          'p',
          ['a', 'a'],
          { rule: 'k_of_n', k: 3 },
          {
            thresholds: { warning: 0.2, critical: 0.6, direction: 'higher_is_worse' },
            impact: {
              measure: 'm',
              unit: 'USD',
              exposure: { constant: -1 },
              loss: { kind: 'linear', max_loss: 3 },
            },
            decay: { of: 'model', grace: -1, half_life: 10, floor: 0 },
            retrain_trigger: { status: 'unknown' as 'critical' },
          },
        ),
      ],
      { defaults: { score_thresholds: { warning: 0.5, critical: 0.75 } } },
    );
    expect(cascadeSpecProblems(spec)).toEqual([
      {
        path: '/defaults/score_thresholds',
        message: 'score thresholds need 0 ≤ critical < warning < 1, got warning 0.5, critical 0.75',
      },
      { path: '/nodes/1/id', message: 'duplicate node id a' },
      {
        path: '/nodes/0/thresholds',
        message: 'baseline 0.5 must be strictly on the healthy side of warning 0.1 (higher_is_worse)',
      },
      {
        path: '/nodes/2/thresholds/direction',
        message: "a parent's thresholds are scores, so direction must be lower_is_worse",
      },
      {
        path: '/nodes/2/thresholds',
        message: 'score thresholds need 0 ≤ critical < warning < 1, got warning 0.2, critical 0.6',
      },
      { path: '/nodes/2/children/1/node', message: 'child a listed twice' },
      { path: '/nodes/2/rollup/k', message: 'k 3 must be an integer from 1 to the number of children (2)' },
      { path: '/nodes/2/impact/loss', message: 'linear max_loss 3 must be in [0, 1]' },
      {
        path: '/nodes/2/impact/exposure/constant',
        message: 'exposure -1 must be a non-negative finite number',
      },
      { path: '/nodes/2/decay', message: 'grace -1 must be ≥ 0' },
      {
        path: '/nodes/2/retrain_trigger/status',
        message: 'trigger status unknown must be warning or critical',
      },
    ]);
  });

  it('reports a cycle when nothing else is wrong', () => {
    const spec = makeSpec([parent('x', ['y']), parent('y', ['x'])]);
    expect(cascadeSpecProblems(spec)).toEqual([{ path: '/nodes', message: 'cycle among nodes x, y' }]);
  });
});
