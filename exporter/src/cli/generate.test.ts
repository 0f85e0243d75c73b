import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from './main';
import type { CliIO } from './io';

const DEMO = resolve(__dirname, '../../examples/demo.yaml');

function capture(cwd: string): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd,
    env: {},
    out: () => out,
    err: () => err,
  };
}

describe('mlhealth generate', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlhealth-cli-gen-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every output and then --check finds them up to date', async () => {
    const io = capture(dir);
    expect(await runCli(['generate', DEMO, '--out', 'out', '--prometheus-operator'], io)).toBe(0);
    expect(io.out()).toBe('wrote 11 files to out\n');
    expect(readFileSync(join(dir, 'out/provisioning/prometheus/rules/mlhealth.rules.yml'), 'utf8')).toContain(
      'alert: MlhealthNodeCritical',
    );
    const check = capture(dir);
    expect(await runCli(['generate', DEMO, '--out', 'out', '--prometheus-operator', '--check'], check)).toBe(
      0,
    );
    expect(check.out()).toContain('11 files in out match');
  });

  it('--check exits 1 and lists changed and missing files', async () => {
    const io = capture(dir);
    await runCli(['generate', DEMO, '--out', 'out'], io);
    writeFileSync(join(dir, 'out/provisioning/alertmanager/alertmanager.yml'), 'edited by hand\n');
    rmSync(join(dir, 'out/docs/metrics-catalogue.md'));
    const check = capture(dir);
    expect(await runCli(['generate', DEMO, '--out', 'out', '--check'], check)).toBe(1);
    expect(check.out()).toContain('2 of 10 files in out differ');
    expect(check.out()).toContain(
      '  docs/metrics-catalogue.md (missing)\n  provisioning/alertmanager/alertmanager.yml\n',
    );
  });

  it('applies deploy options to the Prometheus configuration', async () => {
    const io = capture(dir);
    await runCli(
      ['generate', DEMO, '--out', 'out', '--exporter-target', '10.1.2.3:9853', '--environment', 'production'],
      io,
    );
    const config = readFileSync(join(dir, 'out/provisioning/prometheus/prometheus.yml'), 'utf8');
    expect(config).toContain('- 10.1.2.3:9853');
    expect(config).toContain('environment: production');
  });

  it.each([
    [['generate', '--out', 'out'], 'mlhealth generate: expected one SPEC file, got none\n'],
    [['generate', DEMO], 'mlhealth generate: --out DIR is required\n'],
    [
      ['generate', DEMO, '--out', 'out', '--bogus'],
      "mlhealth generate: unknown option '--bogus' (see --help)\n",
    ],
    [
      ['generate', DEMO, '--out', 'out', '--environment', ' '],
      'mlhealth generate: --environment must not be empty\n',
    ],
    [['generate', 'nope.yaml', '--out', 'out'], /^mlhealth generate: cannot read spec file '.*nope\.yaml'/],
  ])('exits 2 on %j', async (argv, message) => {
    const io = capture(dir);
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
  });

  it('exits 2 on an invalid spec, listing its problems with file and line', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'api_version: mlhealth/v1\nname: x\n');
    const io = capture(dir);
    expect(await runCli(['generate', 'bad.yaml', '--out', 'out'], io)).toBe(2);
    expect(io.err()).toMatch(/^bad\.yaml:\d+:\d+: error/m);
    expect(io.err()).toMatch(/mlhealth generate: bad\.yaml is not a valid spec \(\d+ errors?\)\n$/);
  });

  it('exits 2 naming the node when the spec cannot be rendered', async () => {
    const text = readFileSync(DEMO, 'utf8').replace('latency_below: 0.1 }', 'latency_below: 0.11 }');
    writeFileSync(join(dir, 'spec.yaml'), text);
    mkdirSync(join(dir, 'data'));
    for (const f of ['demo-fraud-reference.csv', 'demo-recs-reference.csv']) {
      copyFileSync(resolve(DEMO, '../data', f), join(dir, 'data', f));
    }
    const io = capture(dir);
    const code = await runCli(['generate', 'spec.yaml', '--out', 'out'], io);
    expect(io.err()).toContain('fraud.serving.latency_p99');
    expect(code).toBe(2);
  });

  it('prints its usage with --help', async () => {
    const io = capture(dir);
    expect(await runCli(['generate', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^usage: mlhealth generate SPEC --out DIR/);
  });

  it('--rollups writes the recording rules and their tests beside the others, and --check names the flag', async () => {
    const io = capture(dir);
    expect(await runCli(['generate', DEMO, '--out', 'out', '--rollups', 'prometheus'], io)).toBe(0);
    expect(io.out()).toBe('wrote 12 files to out\n');
    const rules = readFileSync(
      join(dir, 'out/provisioning/prometheus/rules/mlhealth.rollup.rules.yml'),
      'utf8',
    );
    expect(rules).toContain('- name: mlhealth-rollup-depth-2-worst-of\n');
    expect(rules).toContain('record: mlhealth_node_status');
    expect(
      readFileSync(join(dir, 'out/provisioning/prometheus/tests/mlhealth.rollup.rules.test.yml'), 'utf8'),
    ).toContain('promql_expr_test:');
    rmSync(join(dir, 'out/provisioning/prometheus/rules/mlhealth.rollup.rules.yml'));
    const check = capture(dir);
    expect(
      await runCli(['generate', DEMO, '--out', 'out', '--rollups', 'prometheus', '--check'], check),
    ).toBe(1);
    expect(check.out()).toContain('provisioning/prometheus/rules/mlhealth.rollup.rules.yml (missing)');
    expect(check.out()).toContain(`--out out --rollups prometheus\n`);
  });

  it('refuses an unknown --rollups scope, naming the ones there are', async () => {
    const io = capture(dir);
    await expect(runCli(['generate', DEMO, '--out', 'out', '--rollups', 'everything'], io)).resolves.toBe(2);
    expect(io.err()).toContain('--rollups must be one of prometheus, all, got everything');
  });
});
