/**
 * Property: on random cascades (`cascade/__fixtures__/dag.ts`: every rollup kind, random k and
 * weights, every unknown policy including max_unknown_share at boundary shares, own thresholds, base
 * values some unknown), the recording rules of `--rollups all`, evaluated by the real promtool over
 * the series two shards would serve, give every parent the in-process engine's status exactly and its
 * score, contributions and impact within 1e-9. Each run merges three random DAGs into one spec (ids
 * prefixed), so one promtool run checks three cascades; decay is left out (the rules refuse it).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { evaluateCascade } from '../../cascade/evaluate';
import { buildDag, dagPlan, type DagPlan } from '../../cascade/__fixtures__/dag';
import { NOW, makeSpec, model } from '../../cascade/__fixtures__/index';
import type { BaseObservation } from '../../cascade/types';
import type { NodeSpec } from '../../spec/types';
import { runTool, writeTemp } from '../__fixtures__/tools';
import { buildContext } from '../context';
import { generateOutputs } from '../outputs';
import { OUTPUT_PATHS } from '../provisioning';
import { generateRollupRuleTests } from '../rollupTests';
import { toYaml } from '../yaml';

/** Three DAGs as one spec: ids prefixed with the DAG's index, observations merged. */
function merged(plans: DagPlan[]) {
  const nodes: NodeSpec[] = [];
  const observations = new Map<string, BaseObservation>();
  plans.forEach((plan, j) => {
    const undecayed = { ...plan, parents: plan.parents.map((p) => ({ ...p, decayDays: null })) };
    const { spec, inputs } = buildDag(undecayed);
    const id = (x: string) => `d${j}.${x}`;
    for (const n of spec.nodes) {
      const children = n.children?.map((c) => ({ ...c, node: id(c.node) }));
      nodes.push({ ...n, id: id(n.id), title: id(n.id), ...(children === undefined ? {} : { children }) });
    }
    for (const [k, o] of inputs.observations) observations.set(id(k), { ...o, node: id(k) });
  });
  const spec = makeSpec(nodes, { models: [model('m')] });
  const inputs = { observations, exposures: new Map(), modelAges: new Map(), referenceAges: new Map() };
  return { spec, snapshot: evaluateCascade(spec, inputs, NOW) };
}

describe('recording rules equal the in-process engine (property, real promtool)', () => {
  it('gives equal statuses and scores, contributions within 1e-9, on random cascades', () => {
    fc.assert(
      fc.property(fc.array(dagPlan(), { minLength: 3, maxLength: 3 }), (plans) => {
        const { spec, snapshot } = merged(plans);
        const files = generateOutputs(spec, { prometheusOperator: false, rollups: 'all' });
        const dir = writeTemp(files);
        try {
          const ruleFiles = [OUTPUT_PATHS.rollupRules, OUTPUT_PATHS.rules].map((p) =>
            join('..', '..', '..', p),
          );
          const tests = generateRollupRuleTests(buildContext(spec), 'all', ruleFiles, () => [
            { name: 'random', served: snapshot, expected: snapshot, goneShard: null, stuckNode: null },
          ]);
          const checks = tests.tests[0]?.promql_expr_test.length ?? 0;
          expect(checks).toBeGreaterThan(plans.length);
          writeFileSync(join(dir, OUTPUT_PATHS.rollupRuleTests), toYaml(tests));
          const r = runTool('promtool', ['test', 'rules', OUTPUT_PATHS.rollupRuleTests], dir, 120_000);
          if (r.status !== 0) throw new Error(`promtool: ${r.stdout}${r.stderr}`.slice(0, 4000));
          expect(`${r.stdout}${r.stderr}`).toContain('SUCCESS');
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 15 },
    );
  }, 600_000);
});
