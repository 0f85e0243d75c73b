/**
 * The generated Alertmanager configuration through the real amtool (0.25): valid, and every
 * escalation path of the spec resolves to exactly the receivers the spec names.
 */
import { rmSync } from 'node:fs';
import type { Spec } from '../../spec/types';
import { forAlertmanager025, TEST_SPECS } from '../__fixtures__/exampleSpecs';
import { runTool, writeTemp } from '../__fixtures__/tools';
import { generateOutputs } from '../outputs';
import { OUTPUT_PATHS } from '../provisioning';
import { escalationRouteCases } from './routeCases';

describe.each(TEST_SPECS)('amtool on the %s', (_name, load) => {
  let dir = '';
  let spec: Spec;
  beforeAll(async () => {
    spec = await load();
    const files = generateOutputs(spec, { prometheusOperator: false });
    dir = writeTemp(
      files.map((f) =>
        f.path === OUTPUT_PATHS.alertmanager ? { ...f, content: forAlertmanager025(f.content) } : f,
      ),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the configuration', () => {
    const r = runTool('amtool', ['check-config', OUTPUT_PATHS.alertmanager], dir);
    expect(r.stdout).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  it('routes every escalation path to the receivers the spec names', () => {
    const cases = escalationRouteCases(spec);
    expect(cases.length).toBeGreaterThanOrEqual(2 * spec.escalation_policies.length);
    for (const c of cases) {
      const labels = Object.entries(c.labels).map(([k, v]) => `${k}=${v}`);
      const args = [
        'config',
        'routes',
        'test',
        `--config.file=${OUTPUT_PATHS.alertmanager}`,
        `--verify.receivers=${c.receivers.join(',')}`,
        ...labels,
      ];
      const r = runTool('amtool', args, dir);
      expect({ case: c.description, status: r.status, out: r.stdout.trim() }).toEqual({
        case: c.description,
        status: 0,
        out: c.receivers.join(','),
      });
    }
  });

  it('fails verification when the expected receiver is wrong (amtool exits 1)', () => {
    const c = escalationRouteCases(spec)[1]!;
    const labels = Object.entries(c.labels).map(([k, v]) => `${k}=${v}`);
    const r = runTool(
      'amtool',
      [
        'config',
        'routes',
        'test',
        `--config.file=${OUTPUT_PATHS.alertmanager}`,
        '--verify.receivers=nobody',
        ...labels,
      ],
      dir,
    );
    expect(r.status).toBe(1);
  });
});
