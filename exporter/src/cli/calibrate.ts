/**
 * `mlhealth calibrate SPEC [--out FILE] [--now ISO] [--dry-run] [--set-version V]`: re-derives the
 * thresholds of nodes declaring `derive: {method: reference_chunks}` from their models' reference files,
 * records the derivation, bumps the spec version and writes the spec (in place, or to --out), always
 * printing what changed first. Nothing is written when any node fails or the result would not validate.
 * Exit 0 done (or nothing to do), 1 spec invalid or calibration failed, 2 usage error / unreadable file.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  analyzeSpecFile,
  formatIssueForCli,
  parseSpec,
  parseTimestamp,
  SpecError,
  SpecReadError,
} from '../spec';
import { applyCalibration } from '../spec/calibrate/applyEdits';
import { isUnchanged, planCalibration, type CalibrationPlan } from '../spec/calibrate/plan';
import { formatCalibrationSummary } from '../spec/calibrate/summary';
import { bumpVersion } from '../spec/calibrate/version';
import { UNCALIBRATED_CODE } from '../spec/convertThresholds';
import { parseCommandArgs } from './args';
import { UsageError, type CliCommand, type CliIO } from './io';

export const CALIBRATE_USAGE = `usage: mlhealth calibrate SPEC [--out FILE] [--now ISO] [--dry-run] [--set-version V]

Re-derives the thresholds of nodes with 'derive: { method: reference_chunks }' from their models'
reference files (mean + k·σ of the statistic over reference chunks), records the derivation under
'derived', bumps the spec version (semver patch or integer + 1) and writes the spec, keeping the rest
of the file as it is. Prints a summary of every change first.

options:
  --out FILE        write here instead of overwriting SPEC
  --now ISO         calibration time recorded in 'derived.at' (default: now)
  --dry-run         print the summary, write nothing
  --set-version V   the new version, instead of the automatic bump
  -h, --help        show this help

exit codes: 0 written (or nothing to calibrate), 1 invalid spec or a node failed, 2 usage error
`;

interface CalibrateOptions {
  file: string;
  at: number;
  out: string | undefined;
  dryRun: boolean;
  setVersion: string | undefined;
}

/** The options, or null for --help. @throws UsageError */
function parseCalibrateOptions(argv: string[]): CalibrateOptions | null {
  const { values, positionals } = parseCommandArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      now: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'set-version': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) return null;
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError(
      `expected one SPEC file, got ${file === undefined ? 'none' : positionals.join(' ')}`,
    );
  }
  return {
    file,
    at: values.now === undefined ? Date.now() / 1000 : nowOption(values.now),
    out: values.out,
    dryRun: values['dry-run'] === true,
    setVersion: values['set-version'],
  };
}

export const runCalibrate: CliCommand = async (argv, io) => {
  const options = parseCalibrateOptions(argv);
  if (options === null) {
    io.stdout(CALIBRATE_USAGE);
    return 0;
  }
  const { analysis, text, baseDir } = await analyze(options.file, io.cwd);
  if (analysis.errors.length > 0 || analysis.spec === undefined || analysis.origins === undefined) {
    printLines(io, [...analysis.errors, ...analysis.warnings].map(formatIssueForCli));
    io.stdout(`calibrate: ${options.file} is invalid; nothing written\n`);
    return 1;
  }
  const plan = await planCalibration(analysis.spec, analysis.origins, baseDir, options.at);
  if (plan.failures.length > 0) {
    printLines(io, formatCalibrationSummary(plan, options.at, null));
    io.stdout('calibrate: some nodes could not be calibrated; nothing written\n');
    return 1;
  }
  const unchanged = plan.changes.filter(isUnchanged).length;
  plan.changes = plan.changes.filter((c) => !isUnchanged(c));
  if (plan.changes.length === 0) {
    printLines(io, formatCalibrationSummary(plan, options.at, null));
    const why =
      unchanged > 0
        ? `thresholds of ${unchanged} node(s) unchanged`
        : 'nothing to calibrate from reference files';
    io.stdout(`calibrate: ${why}; nothing written\n`);
    return 0;
  }
  return writeCalibrated(io, options, { version: analysis.spec.version, text, plan });
};

/** Reads and analyzes the spec, tolerating derive-only thresholds that calibration is about to fill. */
async function analyze(file: string, cwd: string): Promise<Awaited<ReturnType<typeof analyzeSpecFile>>> {
  try {
    return await analyzeSpecFile(resolve(cwd, file), { label: file, tolerate: new Set([UNCALIBRATED_CODE]) });
  } catch (err) {
    if (err instanceof SpecReadError) throw new UsageError(err.message);
    throw err;
  }
}

async function writeCalibrated(
  io: CliIO,
  options: CalibrateOptions,
  input: { version: string; text: string; plan: CalibrationPlan },
): Promise<number> {
  const before = input.version;
  let next: string;
  try {
    next = options.setVersion ?? bumpVersion(before);
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^bumpVersion: /, ''));
  }
  printLines(io, formatCalibrationSummary(input.plan, options.at, { from: before, to: next }));
  const target = options.out ?? options.file;
  const written = applyCalibration(input.text, input.plan.changes, next);
  try {
    parseSpec(written, target);
  } catch (err) {
    if (!(err instanceof SpecError)) throw err;
    printLines(io, err.issues.map(formatIssueForCli));
    io.stdout('calibrate: the calibrated spec would not validate (see above); nothing written\n');
    return 1;
  }
  if (options.dryRun) {
    io.stdout('calibrate: --dry-run, nothing written\n');
    return 0;
  }
  await writeFile(resolve(io.cwd, target), written);
  io.stdout(`calibrate: wrote ${target} (version ${before} -> ${next})\n`);
  return 0;
}

function nowOption(value: string): number {
  try {
    return parseTimestamp(value);
  } catch {
    throw new UsageError(`--now '${value}' is not an ISO-8601 time with a zone (e.g. 2025-03-01T12:00:00Z)`);
  }
}

function printLines(io: CliIO, lines: string[]): void {
  for (const line of lines) io.stdout(`${line}\n`);
}
