import { applyScenario, evaluateScenario } from '../cascade';
import { NOW, base, makeSpec, model, parent } from '../cascade/__fixtures__/index';
import type { Spec } from '../spec/types';
import { healthyInputs } from '../whatif/baseline';
import { inputsFromJson } from '../whatif/inputsJson';
import { loadExample } from '../whatif/__fixtures__/spec';
import { dependencyMermaid, dependencyTable } from './format';
import { buildDependencyGraph } from './graph';
import { failureReaches } from './reach';
import { dependencyReport } from './report';
import { failureChanges } from './simulate';

let realistic: Spec;
beforeAll(async () => {
  realistic = (await loadExample('realistic.yaml')).spec;
});

function liveOf(spec: Spec) {
  const parsed = inputsFromJson(spec, { exposures: { revenue_assurance: 100000 } }, NOW);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.inputs;
}

/** A spec where one PromQL source feeds every base node of `infra_cost`, and one more outcome besides. */
function cutSpec(): Spec {
  const promql = (id: string) =>
    base(id, {
      model: 'm',
      unit: 'ratio',
      signal: { kind: 'promql', source: 'prom', query: `q_${id}` },
      thresholds: { warning: 0.5, critical: 0.8, direction: 'higher_is_worse' },
    });
  const impact = {
    measure: 'cost',
    unit: 'USD',
    exposure: { constant: 1000 },
    loss: { kind: 'linear' as const, max_loss: 1 },
  };
  return makeSpec(
    [
      promql('m.cpu'),
      promql('m.mem'),
      base('m.drift', { model: 'm' }),
      parent('m.infra', ['m.cpu', 'm.mem'], { rule: 'worst_of' }, { model: 'm' }),
      parent('m.quality', ['m.drift', 'm.cpu'], { rule: 'worst_of' }, { model: 'm' }),
      parent('infra_cost', ['m.infra'], { rule: 'worst_of' }, { tier: 'business', impact }),
      parent('revenue', ['m.quality'], { rule: 'worst_of' }, { tier: 'business', impact }),
    ],
    {
      models: [model('m', {}, ['amount'])],
      sources: [{ id: 'prom', type: 'prometheus', url: 'http://127.0.0.1:9', timeout: 1 }],
    },
  );
}

describe('buildDependencyGraph', () => {
  it('links raw inputs to features, the model stream and base nodes, and exposures to their source', () => {
    const g = buildDependencyGraph(realistic);
    const into = (id: string) => g.edges.filter((e) => e.to === id).map((e) => `${e.from} ${e.kind}`);
    expect(into('fraud.drift.amount')).toEqual(['feature:fraud.amount data', 'reference:fraud data']);
    expect(into('feature:fraud.amount')).toEqual(['events:fraud data']);
    expect(into('recs.prediction_quality.precision')).toEqual(['model:recs data', 'labels:recs data']);
    expect(into('fraud.governance.model_age')).toEqual(['governance:fraud data']);
    expect(into('fraud.serving.cpu')).toEqual(['promql:prom data']);
    expect(into('revenue_assurance').slice(0, 1)).toEqual(['promql:prom exposure']);
    expect(into('customer_impact')).toEqual([
      'recs.serving child',
      'recs.prediction_quality child',
      'recs.drift child',
      'fraud.serving child',
    ]);
    const ids = g.vertices.map((v) => v.id);
    expect(ids.slice(0, 3)).toEqual(['promql:prom', 'events:fraud', 'events:recs']);
    expect(ids).not.toContain('feature:fraud.country'); // declared, but no node reads it
    expect(ids.filter((id) => !id.includes(':'))).toEqual(realistic.nodes.map((n) => n.id));
  });
});

describe('failureReaches', () => {
  it('calls an input feeding two or more outcomes shared, not a single point, when other paths keep them alive', () => {
    const reach = new Map(failureReaches(buildDependencyGraph(realistic)).map((r) => [r.id, r]));
    expect(reach.get('feature:fraud.merchant_category')).toMatchObject({
      failed_nodes: ['fraud.drift.merchant_category', 'fraud.data_quality.missing_merchant_category'],
      reaches: ['revenue_assurance', 'compliance_exposure'],
      cuts_all_paths_to: [],
      shared: true,
      single_point_of_failure: false,
    });
    expect(reach.get('feature:fraud.amount')).toMatchObject({
      reaches: ['revenue_assurance'],
      single_point_of_failure: false,
    });
    expect(reach.get('governance:fraud')).toMatchObject({
      failed_nodes: ['fraud.governance.model_age', 'fraud.governance.policy'],
      reaches: ['compliance_exposure'],
      single_point_of_failure: false,
    });
    expect(reach.get('promql:prom')).toMatchObject({
      exposure_of: ['revenue_assurance'],
      reaches: ['revenue_assurance', 'customer_impact'],
      single_point_of_failure: true, // nothing else gives revenue its exposure
    });
    expect(reach.get('events:fraud')?.failed_nodes).toHaveLength(12);
  });

  it('flags an input on every path to a single outcome', () => {
    const reach = new Map(failureReaches(buildDependencyGraph(cutSpec())).map((r) => [r.id, r]));
    expect(reach.get('promql:prom')).toMatchObject({
      failed_nodes: ['m.cpu', 'm.mem'],
      reaches: ['infra_cost', 'revenue'],
      cuts_all_paths_to: ['infra_cost'],
      single_point_of_failure: true,
    });
    const feature = reach.get('feature:m.amount');
    expect(feature).toMatchObject({
      reaches: ['revenue'],
      cuts_all_paths_to: [],
      single_point_of_failure: false,
    });
  });

  it('fails exactly the nodes the scenario engine fails for that source or feature', () => {
    for (const spec of [realistic, cutSpec()]) {
      for (const r of failureReaches(buildDependencyGraph(spec))) {
        if (r.kind !== 'feature' && r.kind !== 'promql_source') continue;
        const applied = applyScenario(spec, healthyInputs(spec, NOW), failureChanges(spec, r, 'worst_case'), {
          failure: 'worst_case',
        });
        expect([...applied.overrides.keys()].sort()).toEqual([...r.failed_nodes].sort());
      }
    }
  });
});

describe('outcomes', () => {
  it('are the roots: a business node over business nodes is one outcome, not two', () => {
    const spec = cutSpec();
    const top = parent('company', ['infra_cost', 'revenue'], { rule: 'worst_of' }, { tier: 'business' });
    const nested: Spec = { ...spec, nodes: [...spec.nodes, top] };
    const reach = new Map(failureReaches(buildDependencyGraph(nested)).map((r) => [r.id, r]));
    expect(reach.get('promql:prom')).toMatchObject({
      reaches: ['company'],
      cuts_all_paths_to: [],
      shared: false,
    });
    expect(reach.get('feature:m.amount')).toMatchObject({
      reaches: ['company'],
      single_point_of_failure: false,
    });
  });
});

describe('dependencyReport', () => {
  it('prices each single point of failure through the scenario engine at worst case', () => {
    // Priced while ok too (price_when_ok): the loss of prom lowers revenue's score without making it warning.
    const priced: Spec = {
      ...realistic,
      nodes: realistic.nodes.map((n) =>
        n.impact === undefined ? n : { ...n, impact: { ...n.impact, price_when_ok: true } },
      ),
    };
    const live = liveOf(priced);
    const report = dependencyReport(priced, live, NOW);
    expect(report.single_points_of_failure.map((s) => s.id)).toEqual(['promql:prom']);
    expect(report.shared_inputs).toEqual([
      'events:fraud',
      'events:recs',
      'reference:fraud',
      'reference:recs',
      'labels:recs',
      'feature:fraud.merchant_category',
      'feature:recs.category',
    ]);
    const prom = report.single_points_of_failure.find((s) => s.id === 'promql:prom');
    expect(prom?.changes).toEqual([{ fail_source: 'prom' }]);
    const revenue = prom?.impacts.find((d) => d.node === 'revenue_assurance');
    const direct = evaluateScenario(priced, live, [{ fail_source: 'prom' }], NOW, {
      failure: 'worst_case',
    });
    expect(revenue?.scenario).toBe(direct.nodes.find((n) => n.id === 'revenue_assurance')?.impact?.value);
    expect(revenue?.live).toBe(0);
    expect(revenue?.difference).toBeGreaterThan(0);
    expect(prom?.unknown_if_failed).toEqual(['revenue_assurance', 'customer_impact']);
  });

  it('renders a table and a Mermaid flowchart with the single points highlighted', () => {
    const report = dependencyReport(cutSpec(), healthyInputs(cutSpec(), NOW), NOW);
    const table = dependencyTable(report);
    expect(table).toContain('test 1: 1 single point of failure among 4 inputs and features');
    expect(table).toMatch(/infra_cost\s+cost\s+USD\s+0\s+1000\s+\+1000/);
    const mermaid = dependencyMermaid(report);
    expect(mermaid.split('\n')[0]).toBe('flowchart LR');
    expect(mermaid).toContain('v0[("promql:prom")]:::spof');
    expect(mermaid).toContain('v1[("events:m")]\n');
    expect(mermaid).toMatch(/ {2}v\d+ --> v\d+\n/);
    expect(mermaid).toContain('classDef spof');
  });

  it('escapes quotes and angle brackets in Mermaid labels', () => {
    const spec = cutSpec();
    const report = dependencyReport({ ...spec, name: 'a "b" <c>' }, healthyInputs(spec, NOW), NOW);
    expect(dependencyMermaid(report)).toContain('%% mlhealth dependencies of a #quot;b#quot; #lt;c#gt; 1');
  });
});
