import fc from 'fast-check';
import { evaluateCascade, evaluateScenario } from '../cascade';
import { NOW, nodeOf } from '../cascade/__fixtures__/index';
import { fraudInputs, fraudSpec } from '../cascade/__fixtures__/fraud';
import type { CascadeInputs } from '../cascade/types';
import type { Spec } from '../spec/types';
import { scenarioJson } from './json';
import { runScenario, ScenarioRequestError } from './run';
import type { ImpactDelta, ScenarioRequest } from './types';

const req = (extra: Partial<ScenarioRequest>): ScenarioRequest => ({
  changes: [],
  failure: 'unknown',
  market: {},
  ...extra,
});

function delta(impacts: ImpactDelta[], node: string): ImpactDelta {
  const d = impacts.find((x) => x.node === node);
  if (d === undefined) throw new Error(`no delta for ${node}`);
  return d;
}

function snapshotOfInputs(inputs: CascadeInputs): string {
  const maps = [inputs.observations, inputs.exposures, inputs.modelAges, inputs.referenceAges];
  return JSON.stringify(maps.map((m) => [...m.entries()]));
}

describe('runScenario', () => {
  it('prices a degraded feature against live, through the cascade engine', () => {
    const spec = fraudSpec();
    const live = fraudInputs();
    const changes = [{ node: 'fraud.drift.input.amount', value: 0.3 }];
    const outcome = runScenario(spec, live, req({ changes }), NOW);
    const expectedLive = nodeOf(evaluateCascade(spec, live, NOW), 'revenue_assurance').impact?.value;
    const expectedScenario = nodeOf(evaluateScenario(spec, live, changes, NOW), 'revenue_assurance').impact
      ?.value;
    const d = delta(outcome.impacts, 'revenue_assurance');
    expect(d.live).toBe(expectedLive);
    expect(d.scenario).toBe(expectedScenario);
    expect(d.scenario).toBeGreaterThan(d.live ?? Infinity);
    expect(d.difference).toBeCloseTo((d.scenario ?? 0) - (d.live ?? 0), 9);
    expect(d).toMatchObject({
      live_status: 'ok',
      scenario_status: 'critical',
      measure: 'revenue_at_risk',
      unit: 'USD/hour',
    });
    // compliance does not read drift: its impact does not move.
    expect(delta(outcome.impacts, 'compliance_exposure').difference).toBe(0);
  });

  it('never touches the live spec or inputs', () => {
    const spec = fraudSpec();
    const live = fraudInputs();
    const specBefore = JSON.stringify(spec);
    const inputsBefore = snapshotOfInputs(live);
    runScenario(
      spec,
      live,
      req({
        changes: [
          { fail_source: 'prom' },
          { age_model: { model: 'fraud', days: 90 } },
          { node: 'fraud.age', value: 1 },
        ],
        market: { scale_exposure: 3, exposures: { compliance_exposure: 1 } },
      }),
      NOW,
    );
    expect(JSON.stringify(spec)).toBe(specBefore);
    expect(snapshotOfInputs(live)).toBe(inputsBefore);
  });

  it('scales every exposure under market.scale_exposure, replaced ones included', () => {
    const spec = fraudSpec();
    const live = fraudInputs({ 'fraud.quality.missing.amount': 0.15 });
    const scaled = runScenario(spec, live, req({ market: { scale_exposure: 3 } }), NOW);
    for (const d of scaled.impacts) expect(d.scenario).toBeCloseTo(3 * (d.live ?? NaN), 9);
    const replaced = runScenario(
      spec,
      live,
      req({ market: { exposures: { revenue_assurance: 20000 }, scale_exposure: 3 } }),
      NOW,
    );
    const r = delta(replaced.impacts, 'revenue_assurance');
    expect(r.scenario).toBeCloseTo(6 * (r.live ?? NaN), 9); // read 10000 → replaced 20000 → × 3
    expect(replaced.changes).toEqual([
      { set_exposure: { node: 'revenue_assurance', value: 20000 } },
      { scale_exposure: { factor: 3 } },
    ]);
  });

  it('shows a failed source as unknown money by default and prices it under worst_case', () => {
    const spec = fraudSpec();
    const unknown = runScenario(spec, fraudInputs(), req({ changes: [{ fail_source: 'prom' }] }), NOW);
    const u = delta(unknown.impacts, 'revenue_assurance');
    expect(u.scenario).toBeNull();
    expect(u.difference).toBeNull();
    expect(u.scenario_status).toBe('unknown');
    expect(u.scenario_unknown_reason).toMatch(/unknown/);
    const worst = runScenario(
      spec,
      fraudInputs(),
      req({ changes: [{ fail_source: 'prom' }], failure: 'worst_case' }),
      NOW,
    );
    const w = delta(worst.impacts, 'revenue_assurance');
    expect(w.scenario).toBeCloseTo(10000 * 0.2, 9); // score 0 → max loss of the read exposure
    expect(w.scenario_status).toBe('critical');
  });

  it('starts from a named scenario of the spec, then the request changes, then the market', () => {
    const spec: Spec = {
      ...fraudSpec(),
      scenarios: [
        { id: 'drift', title: 'Drift', changes: [{ node: 'fraud.drift.input.amount', value: 0.3 }] },
      ],
    };
    const outcome = runScenario(
      spec,
      fraudInputs(),
      req({ named: 'drift', changes: [{ fail_source: 'unused' }], market: { scale_exposure: 2 } }),
      NOW,
    );
    expect(outcome.changes).toEqual([
      { node: 'fraud.drift.input.amount', value: 0.3 },
      { fail_source: 'unused' },
      { scale_exposure: { factor: 2 } },
    ]);
    expect(outcome.notes).toEqual(['fail_source unused: no node reads it']);
    const json = scenarioJson(spec, outcome);
    expect(json.explanations.revenue_assurance).toBe(
      'revenue_assurance → critical: fraud.drift.input, feature amount, PSI 0.3',
    );
    const amount = json.cascade.find((n) => n.id === 'fraud.drift.input.amount');
    expect(amount).toMatchObject({
      value: 0.3,
      status: 'critical',
      status_code: 2,
      live_status: 'ok',
      changed: true,
    });
    expect(json.cascade.find((n) => n.id === 'fraud.serving')?.changed).toBe(false);
  });

  it('throws ScenarioRequestError with paths when the request does not fit the spec', () => {
    const run = () =>
      runScenario(fraudSpec(), fraudInputs(), req({ changes: [{ node: 'ghost', score: 1 }] }), NOW);
    expect(run).toThrow(ScenarioRequestError);
    try {
      run();
    } catch (err) {
      expect((err as ScenarioRequestError).issues).toEqual([
        { path: 'changes[0].node', message: "no node 'ghost' in spec test" },
      ]);
    }
  });

  it('never prices a worst-case failure below live (a worse child never makes a parent better)', () => {
    const value = fc.double({ min: 0, max: 0.6, noNaN: true });
    fc.assert(
      fc.property(
        value,
        value,
        value,
        fc.constantFrom<'prom' | 'amount' | 'country'>('prom', 'amount', 'country'),
        (a, c, m, what) => {
          const live = fraudInputs({
            'fraud.drift.input.amount': a,
            'fraud.drift.input.country': c,
            'fraud.quality.missing.amount': m / 2,
          });
          const change =
            what === 'prom' ? { fail_source: what } : { fail_feature: { model: 'fraud', feature: what } };
          const outcome = runScenario(
            fraudSpec(),
            live,
            req({ changes: [change], failure: 'worst_case' }),
            NOW,
          );
          for (const d of outcome.impacts) {
            if (d.live !== null && d.scenario !== null)
              expect(d.scenario).toBeGreaterThanOrEqual(d.live - 1e-9);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
