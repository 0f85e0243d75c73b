/**
 * The committed outputs of the example specs match what the specs generate: `mlhealth generate
 * --check` over each (see exporter/examples/generated/README.md to regenerate).
 */
import { resolve } from 'node:path';
import { runCli } from './main';
import type { CliIO } from './io';

const ROOT = resolve(__dirname, '../../..');

const COMMITTED: Array<[string, string, string[]]> = [
  ['exporter/examples/demo.yaml', '.', []],
  [
    'exporter/examples/realistic.yaml',
    'exporter/examples/generated/realistic',
    ['--prometheus-operator', '--rollups', 'prometheus'],
  ],
];

describe('committed generated outputs', () => {
  it.each(COMMITTED)('%s → %s matches its spec', async (spec, out, flags) => {
    let stdout = '';
    const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stdout += t), cwd: ROOT, env: {} };
    const code = await runCli(['generate', spec, '--out', out, ...flags, '--check'], io);
    expect(stdout).toMatch(/files in .* match/);
    expect(code).toBe(0);
  });
});
