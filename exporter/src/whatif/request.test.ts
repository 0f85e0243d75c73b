import { fraudSpec } from '../cascade/__fixtures__/fraud';
import { parseScenarioRequest } from './request';
import { scenarioRequestProblems } from './specCheck';
import type { ScenarioRequest } from './types';

function issuesOf(body: unknown): Array<{ path: string; message: string }> {
  const parsed = parseScenarioRequest(body);
  if (parsed.ok) throw new Error('expected issues');
  return parsed.issues;
}

describe('parseScenarioRequest', () => {
  it('reads every change form, the failure mode and the market', () => {
    const body = {
      named: 'peak',
      changes: [
        { node: 'a', value: 0.3 },
        { node: 'b', score: 0.4 },
        { node: 'c', status: 'critical' },
        { fail_source: 'prom' },
        { fail_feature: { model: 'fraud', feature: 'amount' } },
        { age_model: { model: 'fraud', days: 30 } },
        { scale_exposure: { factor: 2 } },
        { scale_exposure: { node: 'r', factor: 0.5 } },
        { set_exposure: { node: 'r', value: 100 } },
      ],
      failure: 'worst_case',
      market: { scale_exposure: 3, exposures: { r: 5000 } },
    };
    const parsed = parseScenarioRequest(body);
    expect(parsed).toEqual({ ok: true, request: { ...body } });
  });

  it('defaults to no changes, failure unknown and no market', () => {
    expect(parseScenarioRequest({})).toEqual({
      ok: true,
      request: { changes: [], failure: 'unknown', market: {} },
    });
  });

  it('lists every problem at once, each with its path', () => {
    const issues = issuesOf({
      chnages: [],
      changes: [
        { node: 'a', score: 2 },
        { node: 'b', value: 1, score: 0.5 },
        { node: 'c', status: 'purple' },
        { fail_source: 'prom', fail_feature: { model: 'm', feature: 'f' } },
        { age_model: { model: 'fraud', days: -1 } },
        { scale_exposure: { factor: 'x' } },
        { set_exposure: { node: '', value: 3, extra: 1 } },
        'nope',
      ],
      failure: 'best_case',
      market: { scale_exposure: -2, exposures: { r: 'lots' }, other: 1 },
      named: 7,
    });
    expect(issues.map((i) => i.path)).toEqual([
      'chnages',
      'changes[0].score',
      'changes[1]',
      'changes[2].status',
      'changes[3]',
      'changes[4].age_model.days',
      'changes[5].scale_exposure.factor',
      'changes[6].set_exposure.extra',
      'changes[6].set_exposure.node',
      'changes[7]',
      'failure',
      'market.other',
      'market.scale_exposure',
      'market.exposures.r',
      'named',
    ]);
    expect(issues[0]?.message).toBe("unknown key 'chnages'; did you mean 'changes'?");
    expect(issues[1]?.message).toBe('must be <= 1 (found 2)');
    expect(issues[2]?.message).toBe(
      'must be only one of: `{node, value}`; `{node, score}`; `{node, status}`; `{fail_source}`; ' +
        '`{fail_feature}`; `{age_model}`; `{scale_exposure}`; `{set_exposure}` (it matches several)',
    );
    expect(issues[3]?.message).toBe('must be one of: ok, warning, critical, unknown (found "purple")');
    expect(issues[9]?.message).toBe('must be a mapping (found "nope")');
  });

  it('refuses a body that is not an object', () => {
    expect(issuesOf([1, 2])).toEqual([{ path: '', message: 'must be a mapping (found a list)' }]);
    expect(issuesOf({ changes: { node: 'a' } })).toEqual([
      { path: 'changes', message: 'must be a list (found a mapping)' },
    ]);
  });

  it('writes a dotted node id in a path as scenarioRequestProblems does', () => {
    expect(issuesOf({ market: { exposures: { 'fraud.serving': -1 } } })).toEqual([
      { path: 'market.exposures.fraud.serving', message: 'must be >= 0 (found -1)' },
    ]);
  });

  it('keeps a node named __proto__ as a key rather than a prototype', () => {
    const parsed = parseScenarioRequest(JSON.parse('{"market":{"exposures":{"__proto__":5}}}'));
    if (!parsed.ok) throw new Error('expected ok');
    expect(Object.keys(parsed.request.market.exposures ?? {})).toEqual(['__proto__']);
    const problems = scenarioRequestProblems(fraudSpec(), parsed.request);
    expect(problems).toEqual([
      { path: 'market.exposures.__proto__', message: "no node '__proto__' in spec test" },
    ]);
  });
});

describe('scenarioRequestProblems', () => {
  const request = (extra: Partial<ScenarioRequest>): ScenarioRequest => ({
    changes: [],
    failure: 'unknown',
    market: {},
    ...extra,
  });

  it('accepts changes that name what the spec has', () => {
    const ok = request({
      changes: [
        { node: 'fraud.drift.input.amount', value: 0.3 },
        { node: 'fraud', score: 0.2 },
        { fail_source: 'prom' },
        { fail_feature: { model: 'fraud', feature: 'country' } },
        { age_model: { model: 'fraud', days: 10 } },
        { scale_exposure: { node: 'revenue_assurance', factor: 2 } },
        { set_exposure: { node: 'compliance_exposure', value: 1 } },
      ],
      market: { exposures: { revenue_assurance: 1 } },
    });
    expect(scenarioRequestProblems(fraudSpec(), ok)).toEqual([]);
  });

  it('names each reference the spec lacks, with the path of the field', () => {
    const bad = request({
      named: 'nope',
      changes: [
        { node: 'ghost', value: 1 },
        { node: 'fraud', value: 1 },
        { fail_source: 'thanos' },
        { fail_feature: { model: 'fraud', feature: 'zip' } },
        { age_model: { model: 'recs', days: 1 } },
        { scale_exposure: { node: 'fraud', factor: 2 } },
        { set_exposure: { node: 'fraud.serving', value: 1 } },
      ],
      market: { exposures: { fraud: 3 } },
    });
    expect(scenarioRequestProblems(fraudSpec(), bad)).toEqual([
      { path: 'named', message: "no scenario 'nope' in spec test (scenarios: none)" },
      { path: 'changes[0].node', message: "no node 'ghost' in spec test" },
      {
        path: 'changes[1].node',
        message: "node 'fraud' is not a base node; set its score or status instead",
      },
      { path: 'changes[2].fail_source', message: "no source 'thanos' in spec test (sources: prom, unused)" },
      { path: 'changes[3].fail_feature.feature', message: "model 'fraud' has no feature 'zip'" },
      { path: 'changes[4].age_model.model', message: "no model 'recs' in spec test" },
      { path: 'changes[5].scale_exposure.node', message: "node 'fraud' has no impact model" },
      { path: 'changes[6].set_exposure.node', message: "node 'fraud.serving' has no impact model" },
      { path: 'market.exposures.fraud', message: "node 'fraud' has no impact model" },
    ]);
  });
});
