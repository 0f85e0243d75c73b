/**
 * `mlhealth deps SPEC`: the dependency graph from data sources to business outcomes, its single points
 * of failure and, for each, the simulated business impact of its loss (failed nodes at score 0) against
 * the healthy baseline or `--inputs FILE`. Same report as `GET /api/v1/dependencies`.
 */
import { dependencyMermaid, dependencyTable } from '../dependencies/format';
import { dependencyReport } from '../dependencies/report';
import { choiceOption, parseCommandArgs } from './args';
import type { CliCommand } from './io';
import { nowOption, offlineInputs, withExposures } from './offlineInputs';
import { loadSpecArgument, onlySpecArgument } from './specArgument';

export const DEPS_USAGE = `usage: mlhealth deps SPEC [options]

Builds the graph data sources → features → models → base nodes → components → business outcomes
from the spec and lists its single points of failure: a source or feature whose loss reaches two or
more business outcomes, or every path to one. Each is priced through the scenario engine (its nodes at
score 0) against the baseline: every base node healthy, or --inputs FILE.

options:
  --format table|json|mermaid   output (default table; mermaid prints the graph as a flowchart)
  --inputs FILE                 observations, exposures and ages as JSON (docs/whatif.md)
  --exposure NODE=VALUE         what Prometheus would read for an exposure, so it can be priced offline
  --now TIME                    evaluation time (Unix seconds or ISO-8601; default now)
  -h, --help                    show this help

exit codes: 0 ok, 2 usage error or invalid spec
`;

export const runDeps: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      inputs: { type: 'string' },
      exposure: { type: 'string', multiple: true },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    io.stdout(DEPS_USAGE);
    return 0;
  }
  const format = choiceOption('format', values.format ?? 'table', ['table', 'json', 'mermaid'] as const);
  const now = nowOption(values.now);
  const file = onlySpecArgument(positionals);
  const { spec } = await loadSpecArgument(file, io);
  const offline = await offlineInputs(spec, values.inputs, now, io);
  const inputs = withExposures(spec, offline.inputs, values.exposure ?? []);
  const report = dependencyReport(spec, inputs, now);
  if (format === 'json') io.stdout(JSON.stringify({ baseline: offline.baseline, ...report }, null, 2) + '\n');
  else if (format === 'mermaid') io.stdout(dependencyMermaid(report));
  else io.stdout(dependencyTable(report, 'baseline'));
  return 0;
};
