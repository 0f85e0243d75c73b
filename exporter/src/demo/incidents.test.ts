import { DEMO_CYCLE_SECONDS, conditionsAt, describeTimetable } from './incidents';

describe('conditionsAt', () => {
  it('is calm before the first incident', () => {
    const c = conditionsAt('fraud', 60, 1);
    expect(c.driftedFeatures.size).toBe(0);
    expect(c.missingFeatures.size).toBe(0);
    expect(c.latencySpike).toBe(false);
  });

  it('drifts fraud amount after two minutes, spikes recs latency after four, blanks merchant_category after six', () => {
    expect(conditionsAt('fraud', 130, 1).driftedFeatures.has('amount')).toBe(true);
    expect(conditionsAt('recs', 130, 1).driftedFeatures.size).toBe(0);
    expect(conditionsAt('recs', 250, 1).latencySpike).toBe(true);
    expect(conditionsAt('fraud', 250, 1).latencySpike).toBe(false);
    expect(conditionsAt('fraud', 370, 1).missingFeatures.has('merchant_category')).toBe(true);
  });

  it('recovers after each incident and repeats every cycle', () => {
    expect(conditionsAt('fraud', 215, 1).driftedFeatures.size).toBe(0);
    expect(conditionsAt('recs', 335, 1).latencySpike).toBe(false);
    expect(conditionsAt('fraud', DEMO_CYCLE_SECONDS + 130, 1).driftedFeatures.has('amount')).toBe(true);
  });

  it('divides every offset by the time scale', () => {
    expect(conditionsAt('fraud', 13, 10).driftedFeatures.has('amount')).toBe(true);
    expect(conditionsAt('fraud', 11, 10).driftedFeatures.size).toBe(0);
    expect(conditionsAt('recs', 25, 10).latencySpike).toBe(true);
  });

  it('refuses a time scale that is not positive', () => {
    expect(() => conditionsAt('fraud', 1, 0)).toThrow(
      'conditionsAt: time scale 0 must be a positive finite number',
    );
  });
});

describe('describeTimetable', () => {
  it('prints scaled offsets', () => {
    const text = describeTimetable(10);
    expect(text).toContain('0:12 – 0:21   fraud: amount drifts');
    expect(text).toContain('repeats every 0:54');
  });
});
