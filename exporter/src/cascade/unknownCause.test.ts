import { fraudInputs, fraudSpec } from './__fixtures__/fraud';
import { NOW } from './__fixtures__/index';
import { evaluateCascade } from './evaluate';
import { UNKNOWN_CAUSES, unknownCause } from './unknownCause';

describe('unknownCause', () => {
  it('names the cause of the reasons the engine and the signals layer write', () => {
    expect(unknownCause('stale: last observed 6m ago > stale_after 5m')).toBe('stale');
    expect(unknownCause('no value: source prom is down: timeout')).toBe('source_down');
    expect(unknownCause('no value: no events in the current window')).toBe('no_events');
    expect(unknownCause('no observation')).toBe('no_events');
    expect(unknownCause('no thresholds')).toBe('no_thresholds');
    expect(unknownCause('children fraud.drift, fraud.serving are unknown')).toBe('children_unknown');
    expect(unknownCause('1 of 3 children known, 2 needed')).toBe('children_unknown');
    expect(unknownCause('something new')).toBe('other');
  });

  it('gives every unknown node of an evaluated cascade a listed cause other than other', () => {
    const snapshot = evaluateCascade(fraudSpec(), fraudInputs({ 'fraud.serving.p99': null }), NOW);
    const unknown = snapshot.nodes.filter((n) => n.status === 'unknown');
    expect(unknown.length).toBeGreaterThan(1);
    for (const n of unknown) {
      const cause = unknownCause(n.reason);
      expect(UNKNOWN_CAUSES).toContain(cause);
      expect({ id: n.id, cause }).not.toEqual({ id: n.id, cause: 'other' });
    }
  });
});
