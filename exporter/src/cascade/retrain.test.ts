import { evaluateCascade } from './evaluate';
import { meetsTrigger, nextTriggerSince } from './retrain';
import { NOW, base, inputsOf, makeSpec, model, parent } from './__fixtures__/index';

describe('meetsTrigger', () => {
  it('is at-or-worse among known statuses; unknown never meets it', () => {
    expect(meetsTrigger('critical', 'warning')).toBe(true);
    expect(meetsTrigger('warning', 'warning')).toBe(true);
    expect(meetsTrigger('warning', 'critical')).toBe(false);
    expect(meetsTrigger('ok', 'warning')).toBe(false);
    expect(meetsTrigger('unknown', 'warning')).toBe(false);
  });
});

describe('retraining triggers in a cascade', () => {
  const spec = makeSpec(
    [
      base('f', { model: 'fraud' }),
      base('r', { model: 'recsys' }),
      base('q', { model: 'ranker' }),
      parent(
        'customer_impact',
        ['f', 'r', 'q'],
        { rule: 'worst_of' },
        { tier: 'business', retrain_trigger: { status: 'warning' } },
      ),
    ],
    { models: [model('fraud'), model('recsys'), model('ranker')] },
  );

  it('recommends retraining only the degraded models beneath a cross-model node', () => {
    const s = evaluateCascade(spec, inputsOf({ f: 0.31, r: 0.02, q: 0.12 }), NOW);
    expect(s.retrainRecommended).toEqual({ fraud: true, recsys: false, ranker: true });
    expect(s.retrainTriggers).toEqual([
      { node: 'customer_impact', condition: true, since: NOW, holds: true, models: ['fraud', 'ranker'] },
    ]);
  });

  it('never triggers on unknown', () => {
    const s = evaluateCascade(spec, inputsOf({ f: null, r: 0.02, q: 0.02 }), NOW);
    expect(s.retrainTriggers?.[0]).toMatchObject({ condition: false, holds: false, since: null });
    expect(s.retrainRecommended).toEqual({ fraud: false, recsys: false, ranker: false });
  });

  it('waits for `for` with the since map kept by the caller, and resets when the condition ends', () => {
    const slow = makeSpec([
      base('f', { model: 'fraud' }),
      parent(
        'fd',
        ['f'],
        { rule: 'worst_of' },
        { model: 'fraud', retrain_trigger: { status: 'critical', for: 600 } },
      ),
    ]);
    const at = (t: number, value: number, since: Map<string, number>) =>
      evaluateCascade(slow, { ...inputsOf({ f: value }, { age: NOW - t }), triggerSince: since }, t);
    const s0 = at(NOW, 0.31, new Map());
    const s1 = at(NOW + 300, 0.31, nextTriggerSince(s0));
    const s2 = at(NOW + 600, 0.31, nextTriggerSince(s1));
    expect([s0, s1, s2].map((s) => s.retrainRecommended.fraud)).toEqual([false, false, true]);
    expect(s2.retrainTriggers?.[0].since).toBe(NOW);
    const s3 = at(NOW + 900, 0.05, nextTriggerSince(s2));
    expect(nextTriggerSince(s3)).toEqual(new Map());
  });
});
