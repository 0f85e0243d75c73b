/**
 * `mlhealth validate SPEC [--format text|json]`: loads a spec the way the exporter does, without
 * starting anything, and prints every issue as `file:line:col: error: path: message` plus a one-line
 * summary. Exit 0 valid (warnings printed), 1 invalid, 2 usage error or unreadable file.
 */
import { resolve } from 'node:path';
import {
  formatIssueForCli,
  loadSpecFile,
  SpecError,
  SpecReadError,
  type LoadedSpec,
  type SpecIssue,
  type Spec,
} from '../spec';
import { choiceOption, parseCommandArgs } from './args';
import { UsageError, type CliCommand } from './io';

export const VALIDATE_USAGE = `usage: mlhealth validate SPEC [--format text|json]

Checks a cascade spec (YAML) against the JSON Schema and the semantic rules (references, cycles, tiers,
thresholds), and lists every problem with file, line, column and path.

options:
  --format text|json  output format (default text)
  -h, --help          show this help

exit codes: 0 valid (warnings may be printed), 1 invalid, 2 usage error or unreadable file
`;

/** Counts for the one-line summary of a valid spec. */
export interface SpecSummary {
  name: string;
  version: string;
  models: number;
  nodes: { base: number; component: number; business: number };
  edges: number;
}

export function summarizeSpec(spec: Spec): SpecSummary {
  const nodes = { base: 0, component: 0, business: 0 };
  for (const node of spec.nodes) nodes[node.tier] += 1;
  const edges = spec.nodes.reduce((sum, node) => sum + (node.children?.length ?? 0), 0);
  return { name: spec.name, version: spec.version, models: spec.models.length, nodes, edges };
}

function summaryLine(s: SpecSummary, sha256: string, warnings: number): string {
  const total = s.nodes.base + s.nodes.component + s.nodes.business;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `valid: ${s.name} ${s.version} (sha256 ${sha256.slice(0, 12)}): ${plural(s.models, 'model')}, ` +
    `${plural(total, 'node')} (${s.nodes.base} base, ${s.nodes.component} component, ${s.nodes.business} business), ` +
    `${plural(s.edges, 'edge')}, ${plural(warnings, 'warning')}`
  );
}

export const runValidate: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) {
    io.stdout(VALIDATE_USAGE);
    return 0;
  }
  const format = choiceOption('format', values.format ?? 'text', ['text', 'json'] as const);
  if (positionals.length !== 1) {
    throw new UsageError(
      `expected one SPEC file, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`,
    );
  }
  const file = positionals[0] as string;
  let loaded: LoadedSpec;
  try {
    loaded = await loadSpecFile(resolve(io.cwd, file), { label: file });
  } catch (err) {
    if (err instanceof SpecReadError) throw new UsageError(err.message);
    if (!(err instanceof SpecError)) throw err;
    io.stdout(
      format === 'json' ? jsonReport(file, err.issues, err.warnings) : textReport(err.issues, err.warnings),
    );
    return 1;
  }
  const summary = summarizeSpec(loaded.spec);
  if (format === 'json') {
    io.stdout(jsonReport(file, [], loaded.warnings, { ...summary, sha256: loaded.sha256 }));
  } else {
    io.stdout(
      textReport([], loaded.warnings) + `${summaryLine(summary, loaded.sha256, loaded.warnings.length)}\n`,
    );
  }
  return 0;
};

function textReport(errors: SpecIssue[], warnings: SpecIssue[]): string {
  const lines = [...errors, ...warnings].map(formatIssueForCli);
  if (errors.length > 0) {
    lines.push(
      `invalid: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`,
    );
  }
  return lines.map((l) => `${l}\n`).join('');
}

function jsonReport(
  file: string,
  errors: SpecIssue[],
  warnings: SpecIssue[],
  summary?: SpecSummary & { sha256: string },
): string {
  return `${JSON.stringify({ file, valid: errors.length === 0, errors, warnings, ...(summary ? { summary } : {}) }, null, 2)}\n`;
}
