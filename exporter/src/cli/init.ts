/**
 * `mlhealth init --reference FILE --model ID --out SPEC`: writes a spec for one model from its
 * reference data (training data, or a sample of production traffic): feature types, ranges and
 * categories inferred from the file, the standard base signals with thresholds calibrated on reference
 * chunks, components, and a business outcome whose owner and exposure are placeholders that
 * `mlhealth validate` reports as warnings. The spec validates and serves as it is.
 * Exit 0 written, 2 usage error or unreadable reference.
 */
import { access, mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import {
  formatIssueForCli,
  parseSpec,
  parseTimestamp,
  SpecError,
  type LoadedSpec,
  type NodeSpec,
} from '../spec';
import { calibrationChunks } from '../spec/init/input';
import { parseCommandArgs, choiceOption } from './args';
import { calibratedInitSpec } from './initCalibrate';
import {
  profileReference,
  renamedColumns,
  writeRenamedReference,
  type ReferenceFacts,
} from './initReference';
import { UsageError, type CliCommand, type CliIO } from './io';

export const INIT_USAGE = `usage: mlhealth init --reference FILE --model ID --out SPEC [options]

Writes a spec for one model from its reference data (CSV with a header row, or JSON Lines): feature
types, ranges and categories inferred from the file; per-feature drift and missing values, schema
violations, prediction drift and confidence (when the file has them), latency, error ratio,
freshness, reference and model age; components; a business outcome with placeholders (owner,
exposure) that 'mlhealth validate' lists as warnings. Thresholds that the reference can show are
calibrated on chunks of it, as 'mlhealth calibrate' does. Comments in the file explain each block.

options:
  --reference FILE       the reference data (required)
  --model ID             the model id: lower-case letters, digits, '_' and '-' (required)
  --out SPEC             where to write the spec (required; refused if it exists, unless --force)
  --task T               classification or regression (default: inferred from the prediction,
                         else the label column)
  --prediction COL       the column of predictions (default: a column named 'prediction')
  --confidence COL       the column of confidences in [0, 1] (default: a column named 'confidence')
  --label COL            the column of true labels, left out of the features (default: 'label')
  --id COL               the column of event ids, left out of the features (default: 'id')
  --trained-at TIME      when the model was trained (ISO-8601): monitors the model's age
  --now TIME             calibration time recorded under 'derived.at' (default: now)
  --force                overwrite SPEC
  -h, --help             show this help

Columns named timestamp, latency_seconds, error or attribution.* are never features. When the
prediction or confidence column has another name, a copy of the reference with the names the
exporter reads is written beside SPEC (SPEC's name + .reference.csv).

exit codes: 0 written, 2 usage error or unreadable reference
`;

const MODEL_ID = /^[a-z][a-z0-9_-]*$/;

interface InitOptions {
  reference: string;
  model: string;
  out: string;
  task: 'classification' | 'regression' | undefined;
  roles: { prediction?: string; confidence?: string; label?: string; id?: string };
  trainedAt: number | undefined;
  at: number;
  force: boolean;
}

/** The options, or null for --help. @throws UsageError naming the flag */
function parseInitOptions(argv: string[]): InitOptions | null {
  const text = { type: 'string' } as const;
  const { values } = parseCommandArgs({
    args: argv,
    options: {
      reference: text,
      model: text,
      out: text,
      task: text,
      prediction: text,
      confidence: text,
      label: text,
      id: text,
      'trained-at': text,
      now: text,
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) return null;
  for (const flag of ['reference', 'model', 'out'] as const) {
    if (values[flag] === undefined || values[flag] === '')
      throw new UsageError(`--${flag} is required (see --help)`);
  }
  const model = values.model as string;
  if (!MODEL_ID.test(model))
    throw new UsageError(
      `--model '${model}' is not a model id: lower-case letters, digits, '_' and '-', starting with a letter`,
    );
  const roles: InitOptions['roles'] = {};
  for (const role of ['prediction', 'confidence', 'label', 'id'] as const) {
    const column = values[role];
    if (column === '') throw new UsageError(`--${role} needs a column name`);
    if (column !== undefined) roles[role] = column;
  }
  return {
    reference: values.reference as string,
    model,
    out: values.out as string,
    task:
      values.task === undefined
        ? undefined
        : choiceOption('task', values.task, ['classification', 'regression'] as const),
    roles,
    trainedAt:
      values['trained-at'] === undefined ? undefined : timeOption('trained-at', values['trained-at']),
    at: values.now === undefined ? Date.now() / 1000 : timeOption('now', values.now),
    force: values.force === true,
  };
}

function timeOption(flag: string, value: string): number {
  try {
    return parseTimestamp(value);
  } catch {
    throw new UsageError(
      `--${flag} '${value}' is not an ISO-8601 time with a zone (e.g. 2025-03-01T12:00:00Z) or a date`,
    );
  }
}

export const runInit: CliCommand = async (argv, io) => {
  const options = parseInitOptions(argv);
  if (options === null) {
    io.stdout(INIT_USAGE);
    return 0;
  }
  const outPath = resolve(io.cwd, options.out);
  const referencePath = resolve(io.cwd, options.reference);
  if (!options.force && (await exists(outPath)))
    throw new UsageError(`--out '${options.out}' exists; pass --force to overwrite it`);
  const facts = await profileReference(referencePath, options.reference, options.roles, options.task);
  if (calibrationChunks(facts.rows) === 0)
    throw new UsageError(
      `reference ${options.reference}: ${facts.rows} rows; at least 20 are needed to calibrate thresholds`,
    );
  const specDir = dirname(outPath);
  await mkdir(specDir, { recursive: true });
  const reference = await specReference(io, facts, { outPath, referencePath });
  const { text, calibrated, uncalibrated } = await calibratedInitSpec(
    {
      model: options.model,
      task: facts.task,
      referenceFile: reference.file,
      referenceSource: options.reference,
      rows: facts.rows,
      features: facts.features,
      skipped: facts.skipped,
      prediction: facts.roles.prediction !== undefined,
      confidence: facts.roles.confidence !== undefined,
      ...(options.trainedAt !== undefined ? { trainedAt: options.trainedAt } : {}),
      ...(reference.takenAt !== undefined ? { referenceTakenAt: reference.takenAt } : {}),
    },
    specDir,
    options.out,
    options.at,
  );
  let loaded: LoadedSpec;
  try {
    loaded = parseSpec(text, options.out);
  } catch (err) {
    if (!(err instanceof SpecError)) throw err;
    for (const issue of err.issues) io.stderr(`${formatIssueForCli(issue)}\n`);
    throw new Error(`init: the spec written for ${options.out} does not validate (see above)`);
  }
  await writeFile(outPath, text);
  io.stdout(summary(options, facts, { calibrated, uncalibrated, nodes: loaded.spec.nodes }));
  for (const w of loaded.warnings) io.stdout(`${formatIssueForCli(w)}\n`);
  io.stdout(`next: fill in the placeholders above, then 'mlhealth serve --spec ${options.out}'\n`);
  return 0;
};

/** The reference file as the spec names it: the user's file, or a renamed copy beside the spec. */
async function specReference(
  io: CliIO,
  facts: ReferenceFacts,
  paths: { outPath: string; referencePath: string },
): Promise<{ file: string; takenAt?: number }> {
  const specDir = dirname(paths.outPath);
  const renamed = renamedColumns(facts);
  if (renamed === null) return { file: relative(specDir, paths.referencePath).split(sep).join('/') };
  const copy = join(specDir, `${basename(paths.outPath, extname(paths.outPath))}.reference.csv`);
  await writeRenamedReference(paths.referencePath, copy, renamed);
  io.stdout(
    `init: wrote ${relative(io.cwd, copy)}: the reference with ${renamed
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => `'${a}' as '${b}'`)
      .join(', ')}, the names the exporter reads\n`,
  );
  return { file: basename(copy), takenAt: (await stat(paths.referencePath)).mtimeMs / 1000 };
}

function summary(
  options: InitOptions,
  facts: ReferenceFacts,
  result: { calibrated: number; uncalibrated: ReadonlyMap<string, string>; nodes: readonly NodeSpec[] },
): string {
  const byType = (['numeric', 'categorical', 'binary'] as const)
    .map((t) => [t, facts.features.filter((f) => f.type === t).length] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${t}`);
  const tiers = (['base', 'component', 'business'] as const)
    .map((t) => `${result.nodes.filter((n) => n.tier === t).length} ${t}`)
    .join(', ');
  const lines = [
    `init: wrote ${options.out}: model '${options.model}' (${facts.task}: ${facts.taskWhy}), ${facts.features.length} features (${byType.join(', ')}) from ${facts.rows} rows, ${result.nodes.length} nodes (${tiers})`,
    `init: thresholds of ${result.calibrated} nodes calibrated on ${calibrationChunks(facts.rows)} chunks of the reference`,
    ...facts.skipped.map((s) => `init: column '${s.name}' left out: ${s.reason}`),
    ...[...result.uncalibrated].map(([id, why]) => `init: ${id} not calibrated: ${why}`),
  ];
  return lines.map((l) => `${l}\n`).join('');
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
