/**
 * `mlhealth generate SPEC --out DIR`: writes the Prometheus rules (and their promtool tests), the
 * Alertmanager configuration, Grafana dashboards and provisioning, and the metrics catalogue generated
 * from a spec. `--check` writes nothing and exits 1 listing the files that differ from what the spec
 * generates (for CI: committed outputs must match the spec).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { formatIssueForCli, loadSpecFile, SpecError, SpecReadError, type LoadedSpec } from '../spec';
import type { DeployOptions } from '../generate/deploy';
import { generateOutputs, type GeneratedFile } from '../generate/outputs';
import { ROLLUP_SCOPES, type RollupScope } from '../spec/placement';
import { parseCommandArgs } from './args';
import { UsageError, type CliCommand, type CliIO } from './io';

export const GENERATE_USAGE = `usage: mlhealth generate SPEC --out DIR [options]

Generates, from a cascade spec, everything Prometheus, Alertmanager and Grafana need:
  DIR/provisioning/prometheus/rules/mlhealth.rules.yml        alerting and recording rules
  DIR/provisioning/prometheus/tests/mlhealth.rules.test.yml   promtool unit tests of those rules
  DIR/provisioning/prometheus/prometheus.yml                  scrape + rules + alerting configuration
  DIR/provisioning/alertmanager/alertmanager.yml              routes, receivers, inhibit rules
  DIR/provisioning/grafana/{datasources,dashboards}/*.yaml    Grafana provisioning
  DIR/dashboards/{executive,engineering,models}/*.json        Grafana dashboards
  DIR/docs/metrics-catalogue.md                               the metrics catalogue
  with --rollups:
  DIR/provisioning/prometheus/rules/mlhealth.rollup.rules.yml      parents as recording rules (docs/scale-out.md)
  DIR/provisioning/prometheus/tests/mlhealth.rollup.rules.test.yml promtool tests of those rules
Output is deterministic: the same spec always gives the same files.

options:
  --out DIR                     output directory (required)
  --check                       write nothing; exit 1 listing files that differ from the spec's output
  --prometheus-operator         also write provisioning/kubernetes/mlhealth-prometheusrule.yaml
  --rollups prometheus|all      also write the parents as recording rules for sharded exporters: those
                                spanning models (prometheus), or every parent without decay (all)
  --exporter-target HOST:PORT   where Prometheus scrapes the exporter (default exporter:<port of links.exporter_url>)
  --alertmanager-target HOST:PORT  where Prometheus sends alerts (default alertmanager:9093)
  --prometheus-url URL          Grafana's Prometheus datasource (default http://prometheus:9090)
  --alertmanager-url URL        Grafana's Alertmanager datasource (default http://alertmanager:9093)
  --environment NAME            environment label of the exporter target (default demo)
  -h, --help                    show this help

exit codes: 0 written (or up to date with --check), 1 --check found differences, 2 usage error or invalid spec
`;

async function loadSpec(file: string, io: CliIO): Promise<LoadedSpec> {
  try {
    return await loadSpecFile(resolve(io.cwd, file), { label: file });
  } catch (err) {
    if (err instanceof SpecReadError) throw new UsageError(err.message);
    if (!(err instanceof SpecError)) throw err;
    io.stderr([...err.issues, ...err.warnings].map((i) => `${formatIssueForCli(i)}\n`).join(''));
    throw new UsageError(
      `${file} is not a valid spec (${err.issues.length} error${err.issues.length === 1 ? '' : 's'})`,
    );
  }
}

/** Files whose content on disk differs from `files` (or that are missing), as relative paths. */
export async function differingFiles(dir: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    const current = await readFile(join(dir, file.path), 'utf8').catch(() => null);
    if (current !== file.content) out.push(current === null ? `${file.path} (missing)` : file.path);
  }
  return out;
}

async function writeFiles(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  for (const file of files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

function deployOverrides(values: Record<string, string | boolean | undefined>): Partial<DeployOptions> {
  const map: Array<[string, keyof DeployOptions]> = [
    ['exporter-target', 'exporterTarget'],
    ['alertmanager-target', 'alertmanagerTarget'],
    ['prometheus-url', 'prometheusUrl'],
    ['alertmanager-url', 'alertmanagerUrl'],
    ['environment', 'environment'],
  ];
  const out: Partial<Record<keyof DeployOptions, string>> = {};
  for (const [option, key] of map) {
    const value = values[option];
    if (typeof value === 'string') {
      if (value.trim() === '') throw new UsageError(`--${option} must not be empty`);
      out[key] = value;
    }
  }
  return out as Partial<DeployOptions>;
}

/** Prints the outcome of `--check` on `out` against `file`: 0 when nothing differs, else 1 with the files and the fix. */
function reportCheck(
  differing: string[],
  total: number,
  out: string,
  file: string,
  again: string,
  io: CliIO,
): number {
  if (differing.length === 0) {
    io.stdout(`${total} files in ${out} match ${file}\n`);
    return 0;
  }
  io.stdout(`${differing.length} of ${total} files in ${out} differ from what ${file} generates:\n`);
  io.stdout(differing.map((p) => `  ${p}\n`).join(''));
  io.stdout(`run: ${again}\n`);
  return 1;
}

function rollupScope(value: string | boolean | undefined): RollupScope | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (ROLLUP_SCOPES as readonly string[]).includes(value))
    return value as RollupScope;
  throw new UsageError(`--rollups must be one of ${ROLLUP_SCOPES.join(', ')}, got ${String(value)}`);
}

export const runGenerate: CliCommand = async (argv, io) => {
  const text = { type: 'string' } as const;
  const { values, positionals } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: text,
      check: { type: 'boolean' },
      'prometheus-operator': { type: 'boolean' },
      rollups: text,
      'exporter-target': text,
      'alertmanager-target': text,
      'prometheus-url': text,
      'alertmanager-url': text,
      environment: text,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    io.stdout(GENERATE_USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      `expected one SPEC file, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`,
    );
  }
  if (values.out === undefined || values.out === '') throw new UsageError('--out DIR is required');
  const file = positionals[0] as string;
  const deploy = deployOverrides(values);
  const rollups = rollupScope(values.rollups);
  const loaded = await loadSpec(file, io);
  let files: GeneratedFile[];
  try {
    files = generateOutputs(loaded.spec, {
      prometheusOperator: values['prometheus-operator'] === true,
      deploy,
      ...(rollups === undefined ? {} : { rollups }),
    });
  } catch (err) {
    throw new UsageError(`cannot generate from ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const dir = resolve(io.cwd, values.out);
  if (values.check === true) {
    const again =
      `mlhealth generate ${file} --out ${values.out}` +
      `${values['prometheus-operator'] === true ? ' --prometheus-operator' : ''}` +
      `${rollups === undefined ? '' : ` --rollups ${rollups}`}`;
    return reportCheck(await differingFiles(dir, files), files.length, values.out, file, again, io);
  }
  await writeFiles(dir, files);
  io.stdout(`wrote ${files.length} files to ${values.out}\n`);
  return 0;
};
