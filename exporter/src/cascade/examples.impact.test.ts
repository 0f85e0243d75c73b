/**
 * Worked examples 6–8 of the block comment at the top of `evaluate.ts` (impact, decay, retraining),
 * with exactly its numbers, through `evaluateCascade`.
 */
import type { NodeSpec } from '../spec/types';
import { evaluateCascade } from './evaluate';
import { nextTriggerSince } from './retrain';
import { DAY, NOW, base, inputsOf, makeSpec, model, nodeOf, parent } from './__fixtures__/index';

describe('6. impact', () => {
  const business = (loss: NonNullable<NodeSpec['impact']>['loss']) =>
    parent(
      'r',
      ['x'],
      { rule: 'worst_of' },
      {
        tier: 'business',
        impact: { measure: 'revenue_at_risk', unit: 'USD/hour', exposure: { constant: 10000 }, loss },
      },
    );
  const impactAt = (loss: NonNullable<NodeSpec['impact']>['loss'], psi: number) =>
    nodeOf(evaluateCascade(makeSpec([base('x'), business(loss)]), inputsOf({ x: psi }), NOW), 'r').impact
      ?.value;

  it('linear max_loss 0.2 at score 0.3 (PSI 0.31) → 1400', () => {
    expect(impactAt({ kind: 'linear', max_loss: 0.2 }, 0.31)).toBeCloseTo(1400, 9);
  });

  it('step → 2000 at 0.3, 500 at 0.65, 0 at 0.75', () => {
    const step = {
      kind: 'step' as const,
      steps: [
        { below: 0.5, loss: 0.2 },
        { below: 0.75, loss: 0.05 },
      ],
    };
    expect(impactAt(step, 0.31)).toBeCloseTo(2000, 9);
    expect(impactAt(step, 0.16)).toBeCloseTo(500, 9);
    expect(impactAt(step, 0.1)).toBe(0);
  });

  it('piecewise → 2600 at 0.3, 500 at 0.75', () => {
    const pw = {
      kind: 'piecewise' as const,
      points: [
        [0, 0.5],
        [0.5, 0.1],
        [1, 0],
      ] as Array<[number, number]>,
    };
    expect(impactAt(pw, 0.31)).toBeCloseTo(2600, 9);
    expect(impactAt(pw, 0.1)).toBeCloseTo(500, 9);
  });

  it('an exposure read from a source without a reading gives no amount', () => {
    const r = parent(
      'r',
      ['x'],
      { rule: 'worst_of' },
      {
        tier: 'business',
        impact: {
          measure: 'revenue_at_risk',
          unit: 'USD/hour',
          exposure: { source: 'prom', query: 'q' },
          loss: { kind: 'linear', max_loss: 0.2 },
        },
      },
    );
    const out = nodeOf(evaluateCascade(makeSpec([base('x'), r]), inputsOf({ x: 0.31 }), NOW), 'r');
    expect(out.impact).toBeNull();
    expect(out.impactUnknown?.reason).toBe('no exposure reading for r');
  });
});

describe('7. decay', () => {
  const decayed = (ageDays: number) => {
    const p = parent(
      'p',
      ['a'],
      { rule: 'worst_of' },
      {
        model: 'fraud',
        decay: { of: 'model', grace: 30 * DAY, half_life: 30 * DAY, floor: 0.2 },
      },
    );
    const inputs = inputsOf({ a: 0.05 }, { modelAges: new Map([['fraud', ageDays * DAY]]) });
    return nodeOf(evaluateCascade(makeSpec([base('a'), p]), inputs, NOW), 'p');
  };

  it('20 d: no decay', () => expect(decayed(20)).toMatchObject({ score: 0.875, status: 'ok', decay: 1 }));
  it('45 d: ×0.7071 → 0.6187 warning', () => {
    expect(decayed(45).score).toBeCloseTo(0.6187, 4);
    expect(decayed(45).status).toBe('warning');
  });
  it('60 d: ×0.5 → 0.4375 critical', () => {
    expect(decayed(60)).toMatchObject({
      score: 0.4375,
      status: 'critical',
      decay: 0.5,
      reason: 'worst child a (ok); decay ×0.5 (model age 60d, grace 30d)',
    });
  });
  it('200 d: the floor, ×0.2 → 0.175', () => expect(decayed(200).score).toBeCloseTo(0.175, 12));
});

describe('8. retraining', () => {
  it('holds once the condition has lasted `for` seconds', () => {
    const drift = parent(
      'fraud.drift',
      ['a'],
      { rule: 'worst_of' },
      {
        model: 'fraud',
        retrain_trigger: { status: 'critical', for: 3600 },
      },
    );
    const spec = makeSpec([base('a', { model: 'fraud' }), drift], { models: [model('fraud')] });
    const first = evaluateCascade(spec, inputsOf({ a: 0.31 }), NOW);
    expect(first.retrainRecommended).toEqual({ fraud: false });
    expect(first.retrainTriggers).toEqual([
      { node: 'fraud.drift', condition: true, since: NOW, holds: false, models: ['fraud'] },
    ]);
    const later = { ...inputsOf({ a: 0.31 }, { age: 10 - 3600 }), triggerSince: nextTriggerSince(first) };
    expect(evaluateCascade(spec, later, NOW + 3600).retrainRecommended).toEqual({ fraud: true });
  });
});
