/**
 * The generated rules and their generated unit tests, run through the real promtool (Prometheus 2.42):
 * lint clean, config valid, every scenario passing — and a broken rule makes the tests fail, so they
 * are not vacuous.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_SPECS } from '../__fixtures__/exampleSpecs';
import { fixtureSpec } from '../__fixtures__/spec';
import { runTool, writeTemp } from '../__fixtures__/tools';
import { generateOutputs } from '../outputs';
import { OUTPUT_PATHS } from '../provisioning';

describe.each(TEST_SPECS)('promtool on the %s', (_name, load) => {
  let dir = '';
  beforeAll(async () => {
    dir = writeTemp(generateOutputs(await load(), { prometheusOperator: false }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lints the rules clean with --lint=all', () => {
    const r = runTool('promtool', ['check', 'rules', '--lint=all', '--lint-fatal', OUTPUT_PATHS.rules], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('accepts the Prometheus configuration with the rules it loads', () => {
    const r = runTool('promtool', ['check', 'config', OUTPUT_PATHS.prometheusConfig], dir);
    expect(`${r.stdout}${r.stderr}`).toMatch(/SUCCESS: 1 rule files found/);
    expect(r.status).toBe(0);
  });

  it('passes every generated unit test', () => {
    const r = runTool('promtool', ['test', 'rules', OUTPUT_PATHS.ruleTests], dir, 120_000);
    expect(`${r.stdout}${r.stderr}`).toContain('SUCCESS');
    expect(r.status).toBe(0);
  }, 130_000);
});

describe('generated rule tests catch broken rules', () => {
  const files = generateOutputs(fixtureSpec(), { prometheusOperator: false });
  const rules = files.find((f) => f.path === OUTPUT_PATHS.rules)?.content ?? '';

  it.each([
    ['a shorter for', (r: string) => r.replace(/for: 1m\n/, 'for: 30s\n')],
    [
      'a shorter keep_firing_for',
      (r: string) => r.replaceAll('keep_firing_for: 2m40s', 'keep_firing_for: 2m'),
    ],
    ['a no-data alert that ignores the unknown status', (r: string) => r.replace('} == 3\n', '} == 4\n')],
    ['a wrong cause chain text', (r: string) => r.replace('of the deficit', 'of the gap')],
    [
      'a cause chain with the wrong comparison',
      (r: string) => r.replace('{{ if ge $v1 $t1 }}', '{{ if lt $v1 $t1 }}'),
    ],
    ['a burn alert that never fires', (r: string) => r.replace('> (14.4 * 0.005)', '> (14.4 * 1000)')],
    ['a stale threshold too far away', (r: string) => r.replace(/ > 90\n/, ' > 900\n')],
  ])('fails with %s', (_what, mutate) => {
    const broken = mutate(rules);
    expect(broken).not.toBe(rules);
    const dir = writeTemp(files);
    try {
      writeFileSync(join(dir, OUTPUT_PATHS.rules), broken);
      expect(readFileSync(join(dir, OUTPUT_PATHS.rules), 'utf8')).toBe(broken);
      const r = runTool('promtool', ['test', 'rules', OUTPUT_PATHS.ruleTests], dir);
      expect(r.status).toBe(1);
      expect(`${r.stdout}${r.stderr}`).toContain('FAILED');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
