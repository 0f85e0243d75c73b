import { evaluateCascade } from './evaluate';
import { explainNode, topCause } from './explain';
import { evaluateScenario } from './scenario';
import { NOW } from './__fixtures__/index';
import { fraudInputs, fraudSpec } from './__fixtures__/fraud';

const drifted = () => evaluateCascade(fraudSpec(), fraudInputs({ 'fraud.drift.input.amount': 0.31 }), NOW);

describe('topCause', () => {
  it('follows the largest contribution down to a base node', () => {
    expect(topCause(drifted(), 'revenue_assurance')).toEqual([
      'revenue_assurance',
      'fraud',
      'fraud.drift.input',
      'fraud.drift.input.amount',
    ]);
  });

  it('follows the first unknown child of an unknown node', () => {
    const snapshot = evaluateCascade(fraudSpec(), fraudInputs({ 'fraud.serving.p99': null }), NOW);
    expect(topCause(snapshot, 'revenue_assurance')).toEqual([
      'revenue_assurance',
      'fraud',
      'fraud.serving',
      'fraud.serving.p99',
    ]);
  });

  it('stops at a healthy node and at a node fixed by a scenario', () => {
    const healthy = evaluateCascade(
      fraudSpec(),
      fraudInputs({ 'fraud.drift.input.amount': 0, 'fraud.drift.input.country': 0 }),
      NOW,
    );
    expect(topCause(healthy, 'fraud.drift.input')).toEqual(['fraud.drift.input']);
    const fixed = evaluateScenario(
      fraudSpec(),
      fraudInputs(),
      [{ node: 'fraud.serving', status: 'critical' }],
      NOW,
    );
    expect(topCause(fixed, 'revenue_assurance')).toEqual(['revenue_assurance', 'fraud', 'fraud.serving']);
  });

  it('throws for a node that is not in the snapshot', () => {
    expect(() => topCause(drifted(), 'nope')).toThrow('topCause: node nope is not in the snapshot');
  });
});

describe('explainNode', () => {
  it('names the component, the feature and the statistic', () => {
    expect(explainNode(drifted(), 'revenue_assurance', fraudSpec())).toBe(
      'revenue_assurance → critical: fraud.drift.input, feature amount, PSI 0.31',
    );
    expect(explainNode(drifted(), 'fraud.drift.input', fraudSpec())).toBe(
      'fraud.drift.input → critical: feature amount, PSI 0.31',
    );
  });

  it("names the statistic when the method is the feature's drift_method, not the signal's", () => {
    const spec = fraudSpec();
    const fraud = spec.models.find((m) => m.id === 'fraud');
    const amount = fraud?.features.find((f) => f.name === 'amount');
    if (amount === undefined) throw new Error('fixture: fraud has no feature amount');
    amount.drift_method = 'jensenshannon';
    const node = spec.nodes.find((n) => n.id === 'fraud.drift.input.amount');
    if (node?.signal?.kind !== 'feature_drift') throw new Error('fixture: amount drift is not feature_drift');
    node.signal = { kind: 'feature_drift', feature: 'amount' };
    node.thresholds = { warning: 0.1, critical: 0.2, direction: 'higher_is_worse' };
    const snapshot = evaluateCascade(spec, fraudInputs({ 'fraud.drift.input.amount': 0.33 }), NOW);
    expect(explainNode(snapshot, 'fraud.drift.input', spec)).toBe(
      'fraud.drift.input → critical: feature amount, Jensen-Shannon 0.33',
    );
    const reason = snapshot.nodes.find((n) => n.id === 'fraud.drift.input.amount')?.reason;
    expect(reason).toBe('Jensen-Shannon 0.33 ≥ critical 0.2');
  });

  it('gives a base node its own reason', () => {
    expect(explainNode(drifted(), 'fraud.drift.input.amount', fraudSpec())).toBe(
      'fraud.drift.input.amount → critical: PSI 0.31 ≥ critical 0.25',
    );
  });

  it('names the base node for signals without a feature, in the node’s unit', () => {
    const slow = evaluateCascade(fraudSpec(), fraudInputs({ 'fraud.serving.p99': 1.4 }), NOW);
    expect(explainNode(slow, 'revenue_assurance', fraudSpec())).toBe(
      'revenue_assurance → critical: fraud.serving, fraud.serving.p99, value 1.4s',
    );
  });

  it('says why an unknown root cause is unknown', () => {
    const snapshot = evaluateScenario(fraudSpec(), fraudInputs(), [{ fail_source: 'prom' }], NOW);
    expect(explainNode(snapshot, 'revenue_assurance', fraudSpec())).toBe(
      'revenue_assurance → unknown: fraud.serving, fraud.serving.p99: no value: scenario: source prom failed',
    );
  });

  it('explains a healthy node by its reason', () => {
    const healthy = evaluateCascade(
      fraudSpec(),
      fraudInputs({ 'fraud.drift.input.amount': 0, 'fraud.drift.input.country': 0 }),
      NOW,
    );
    expect(explainNode(healthy, 'fraud.drift.input', fraudSpec())).toBe(
      'fraud.drift.input → ok: worst child fraud.drift.input.amount (ok)',
    );
  });
});
