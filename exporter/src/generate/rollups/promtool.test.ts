/**
 * The rollup rules run by the real promtool: lint-clean, and the generated tests (six scenarios whose
 * expectations come from the in-process engine) pass, for the fleet fixture (every rollup kind, unknown
 * policy, floor and impact model) and the example specs, under both scopes. Then mutations of the
 * rules — each a plausible bug — make the generated tests fail, so they are not vacuous.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RollupScope } from '../../spec/placement';
import type { Spec } from '../../spec/types';
import { TEST_SPECS } from '../__fixtures__/exampleSpecs';
import { fleetSpec } from '../__fixtures__/fleetSpec';
import { runTool, writeTemp } from '../__fixtures__/tools';
import { generateOutputs } from '../outputs';
import { OUTPUT_PATHS } from '../provisioning';

const SPECS: Array<[string, () => Promise<Spec>]> = [['fleet spec', async () => fleetSpec()], ...TEST_SPECS];
const CASES = SPECS.flatMap(([name, load]) =>
  (['prometheus', 'all'] as RollupScope[]).map((scope) => [name, scope, load] as const),
);

describe.each(CASES)('promtool on the rollup rules of the %s, --rollups %s', (_name, scope, load) => {
  let dir = '';
  beforeAll(async () => {
    dir = writeTemp(generateOutputs(await load(), { prometheusOperator: false, rollups: scope }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lints the rules clean with --lint=all --lint-fatal', () => {
    const r = runTool(
      'promtool',
      ['check', 'rules', '--lint=all', '--lint-fatal', OUTPUT_PATHS.rollupRules],
      dir,
    );
    expect(`${r.stdout}${r.stderr}`).toMatch(/SUCCESS: \d+ rules found/);
    expect(r.status).toBe(0);
  });

  it('passes every generated scenario', () => {
    const r = runTool('promtool', ['test', 'rules', OUTPUT_PATHS.rollupRuleTests], dir, 120_000);
    expect(`${r.stdout}${r.stderr}`).toContain('SUCCESS');
    expect(r.status).toBe(0);
  }, 130_000);
});

describe('generated rollup tests catch broken rules', () => {
  const files = generateOutputs(fleetSpec(), { prometheusOperator: false, rollups: 'all' });
  const rules = files.find((f) => f.path === OUTPUT_PATHS.rollupRules)?.content ?? '';

  it.each([
    ['no critical floor', (r: string) => r.replaceAll('== bool 2', '== bool 3')],
    ['as_critical unknown children left out', (r: string) => r.replaceAll(' == 3) - 1', ' == 3) - 9')],
    ['statuses exclusive on the worse side', (r: string) => r.replaceAll('> bool on', '>= bool on')],
    [
      'an unweighted mean',
      (r: string) =>
        r.replaceAll(
          'mlhealth:rollup_edge:weight{depth="1", rollup="weighted_mean"} * on (environment, parent, child) group_left () (1 -',
          '(1 -',
        ),
    ],
    [
      'k_of_n taking the best child',
      (r: string) =>
        r.replaceAll(
          'topk by (environment, node, tier, model, depth) (2,',
          'topk by (environment, node, tier, model, depth) (1,',
        ),
    ],
    [
      'propagate ignoring unknown children',
      (r: string) => r.replaceAll('unknown_policy="propagate"} == 3', 'unknown_policy="propagate"} == 4'),
    ],
    [
      'max_unknown_share inclusive',
      (r: string) =>
        r.replaceAll('> on (environment, node) group_left ()\n', '>= on (environment, node) group_left ()\n'),
    ],
    ['stale children kept', (r: string) => r.replace(/ > \d+\)\n/g, ' > 1e9)\n')],
    ['absent children ignored', (r: string) => r.replaceAll(' * 0 + 3\n', ' * 0 + 0\n')],
    ['a wrong step loss', (r: string) => r.replace('* 0 + 0.05)', '* 0 + 0.06)')],
    [
      'contributions without the unknown children',
      (r: string) =>
        r.replace(
          /\n\s+or on \(environment, parent, child\)\n\s+mlhealth:rollup_edge:weight\{depth="\d", rollup="[a-z_]+"\} \* 0\n/g,
          '\n',
        ),
    ],
  ])(
    'fails with %s',
    (_what, mutate) => {
      const broken = mutate(rules);
      expect(broken).not.toBe(rules);
      const dir = writeTemp(files);
      try {
        writeFileSync(join(dir, OUTPUT_PATHS.rollupRules), broken);
        expect(readFileSync(join(dir, OUTPUT_PATHS.rollupRules), 'utf8')).toBe(broken);
        const r = runTool('promtool', ['test', 'rules', OUTPUT_PATHS.rollupRuleTests], dir, 120_000);
        expect(`${r.stdout}${r.stderr}`).toContain('FAILED');
        expect(r.status).toBe(1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    130_000,
  );
});
