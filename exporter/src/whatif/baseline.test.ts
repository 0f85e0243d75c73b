import { evaluateCascade } from '../cascade';
import { NOW } from '../cascade/__fixtures__/index';
import type { Spec } from '../spec/types';
import { healthyInputs, healthyValue } from './baseline';
import { inputsFromJson } from './inputsJson';
import { evaluateNamedScenarios } from './named';
import { loadExample } from './__fixtures__/spec';

let realistic: Spec;

/** `spec` with every impact priced while ok too (`price_when_ok: true`). */
function pricedWhenOk(spec: Spec): Spec {
  return {
    ...spec,
    nodes: spec.nodes.map((n) =>
      n.impact === undefined ? n : { ...n, impact: { ...n.impact, price_when_ok: true } },
    ),
  };
}
beforeAll(async () => {
  realistic = (await loadExample('realistic.yaml')).spec;
});

describe('healthyValue', () => {
  it('is the declared baseline, else the default anchor of the linear mapping', () => {
    expect(healthyValue({ warning: 0.1, critical: 0.25, direction: 'higher_is_worse' })).toBe(0);
    expect(healthyValue({ warning: 0.9, critical: 0.8, direction: 'lower_is_worse' })).toBeCloseTo(1, 12);
    expect(healthyValue({ warning: 20, critical: 5, direction: 'lower_is_worse' })).toBe(35);
    expect(healthyValue({ warning: 0.25, critical: 0.15, direction: 'lower_is_worse', baseline: 0.5 })).toBe(
      0.5,
    );
  });
});

describe('healthyInputs', () => {
  it('puts every node of the realistic spec at ok with score 1, models brand new', () => {
    const snapshot = evaluateCascade(realistic, healthyInputs(realistic, NOW), NOW);
    const notOk = snapshot.nodes.filter((n) => n.status !== 'ok').map((n) => `${n.id}: ${n.reason}`);
    expect(notOk).toEqual([]);
    for (const n of snapshot.nodes) expect(n.score).toBe(1);
  });

  it('prices constant exposures at zero loss and leaves read exposures unknown', () => {
    const snapshot = evaluateCascade(realistic, healthyInputs(realistic, NOW), NOW);
    const byId = new Map(snapshot.nodes.map((n) => [n.id, n]));
    expect(byId.get('customer_impact')?.impact?.value).toBe(0);
    expect(byId.get('compliance_exposure')?.impact?.value).toBe(0);
    expect(byId.get('revenue_assurance')?.impact).toBeNull();
    expect(byId.get('revenue_assurance')?.impactUnknown?.exposure).toBeNull();
  });
});

describe('inputsFromJson', () => {
  it('lays observations, exposures and ages over the healthy baseline', () => {
    const parsed = inputsFromJson(
      realistic,
      {
        observations: {
          'fraud.drift.amount': 0.3,
          'fraud.serving.cpu': { value: null, reason: 'prom down' },
          'recs.serving.errors': { value: 0.02, observed_at: NOW - 60 },
        },
        exposures: { revenue_assurance: 120000 },
        model_ages: { fraud: '30d' },
        reference_ages: { recs: 86400 },
      },
      NOW,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { inputs, assumedHealthy } = parsed;
    expect(inputs.observations.get('fraud.drift.amount')).toEqual({
      node: 'fraud.drift.amount',
      value: 0.3,
      observedAt: NOW,
    });
    expect(inputs.observations.get('fraud.serving.cpu')).toEqual({
      node: 'fraud.serving.cpu',
      value: null,
      observedAt: NOW,
      reason: 'prom down',
    });
    expect(inputs.observations.get('recs.serving.errors')?.observedAt).toBe(NOW - 60);
    expect(inputs.exposures.get('revenue_assurance')).toBe(120000);
    expect(inputs.modelAges.get('fraud')).toBe(30 * 86400);
    expect(inputs.referenceAges.get('recs')).toBe(86400);
    expect(assumedHealthy).toHaveLength(28 - 3);
    expect(assumedHealthy).not.toContain('fraud.drift.amount');
  });

  it('lists every problem with its path', () => {
    const parsed = inputsFromJson(
      realistic,
      {
        observations: {
          ghost: 1,
          fraud: 2,
          'fraud.drift.amount': 'high',
          'fraud.serving.cpu': { value: 'x', when: 1 },
        },
        exposures: { fraud: 1, revenue_assurance: -5 },
        model_ages: { fraud: 'a month', nope: 1 },
        extra: true,
      },
      NOW,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.path)).toEqual([
      'extra',
      'observations.ghost',
      'observations.fraud',
      'observations.fraud.drift.amount',
      'observations.fraud.serving.cpu.when',
      'observations.fraud.serving.cpu.value',
      'exposures.fraud',
      'exposures.revenue_assurance',
      'model_ages.fraud',
      'model_ages.nope',
    ]);
    expect(parsed.issues[8]?.message).toBe('"a month" is not a duration (seconds, or e.g. "30d")');
  });
});

describe('evaluateNamedScenarios', () => {
  it('gives the impact of each declared scenario and leaves out what it cannot price', () => {
    // Priced while ok too (price_when_ok), so a scenario that only moves exposure shows an amount.
    const priced = pricedWhenOk(realistic);
    const parsed = inputsFromJson(priced, { exposures: { revenue_assurance: 100000 } }, NOW);
    if (!parsed.ok) throw new Error('inputs');
    const rows = evaluateNamedScenarios(priced, parsed.inputs, NOW);
    const key = (r: { scenario: string; node: string }) => `${r.scenario}/${r.node}`;
    expect(rows.map(key)).toEqual([
      'black_friday/revenue_assurance',
      'black_friday/customer_impact',
      'black_friday/compliance_exposure',
      // merchant_category missing: fraud.drift and fraud.data_quality go unknown, so revenue and
      // compliance cannot be priced; customer impact does not read fraud drift or quality.
      'merchant_lookup_outage/customer_impact',
      // monitoring_blind fails prom: revenue's exposure is read from it, customer_impact reads recs.serving.memory.
      'monitoring_blind/compliance_exposure',
    ]);
    const blackFriday = rows.filter((r) => r.scenario === 'black_friday');
    expect(blackFriday[0]?.measure).toBe('revenue_at_risk');
    expect(blackFriday[0]?.value).toBeGreaterThan(0);
    expect(rows.find((r) => r.scenario === 'merchant_lookup_outage')?.value).toBe(0);
  });

  it('names the scenario whose changes do not fit the spec', () => {
    const broken: Spec = {
      ...realistic,
      scenarios: [{ id: 'bad', title: 'Bad', changes: [{ fail_source: 'thanos' }] }],
    };
    expect(() => evaluateNamedScenarios(broken, healthyInputs(broken, NOW), NOW)).toThrow(
      'evaluateNamedScenarios: scenario \'bad\': applyScenario: change 0 {"fail_source":"thanos"}: unknown source thanos',
    );
  });
});
