/**
 * What `mlhealth init` learns from the reference file: its columns streamed through `dataset/`, which
 * of them are the prediction, confidence, id and label, the features inferred from the rest, and the
 * model's task. When the prediction or confidence column has another name than the one the exporter
 * reads (`prediction`, `confidence`), init writes a copy of the reference beside the spec with those
 * names (`writeRenamedReference`), so that the spec serves as it is.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DatasetError, readDataset, type ColumnData, type Dataset } from '../dataset';
import { readRecordBatches } from '../dataset/readRecords';
import { labelValueProblem } from '../spec/labelSafety';
import { inferFeature, isFeature, type InferredFeature, type SkippedColumn } from '../spec/init/columns';
import { isFeatureColumn, resolveRoles, type Roles } from '../spec/init/roles';
import { inferTask, type Task } from '../spec/init/task';
import { UsageError } from './io';

export interface ReferenceFacts {
  rows: number;
  columns: string[];
  roles: Roles;
  features: InferredFeature[];
  skipped: SkippedColumn[];
  task: Task;
  /** Why the task is what it is (inferred, or given). */
  taskWhy: string;
}

/**
 * Reads and profiles the reference. @throws UsageError for an unreadable or malformed file, a role
 * flag naming a column the file lacks, a confidence column that is not a number in [0, 1], or a file
 * without any feature column.
 */
export async function profileReference(
  path: string,
  source: string,
  flags: Roles,
  task: Task | undefined,
): Promise<ReferenceFacts> {
  let dataset: Dataset;
  try {
    dataset = await readDataset(path, `reference ${source}`);
  } catch (err) {
    if (err instanceof DatasetError) throw new UsageError(err.message);
    throw err;
  }
  const roles = resolveRoles(dataset.columns, flags);
  const column = (name: string): ColumnData => dataset.data.get(name) as ColumnData;
  if (roles.confidence !== undefined) checkConfidence(roles.confidence, column(roles.confidence), flags);
  const features: InferredFeature[] = [];
  const skipped: SkippedColumn[] = [];
  for (const name of dataset.columns.filter((c) => isFeatureColumn(c, roles))) {
    const problem = labelValueProblem(name);
    const inferred: InferredFeature | SkippedColumn =
      problem === null ? inferFeature(name, column(name)) : { name, reason: `the name ${problem}` };
    if (isFeature(inferred)) features.push(inferred);
    else skipped.push(inferred);
  }
  if (features.length === 0) {
    throw new UsageError(
      `reference ${source}: no column makes a feature (columns: ${dataset.columns.join(', ')}${skipped.length > 0 ? `; left out: ${skipped.map((s) => `${s.name} (${s.reason})`).join(', ')}` : ''})`,
    );
  }
  const target = roles.prediction ?? roles.label;
  const inferred = inferTask(target === undefined ? undefined : { name: target, data: column(target) });
  return {
    rows: dataset.rows,
    columns: dataset.columns,
    roles,
    features,
    skipped,
    task: task ?? inferred.task,
    taskWhy: task === undefined ? inferred.why : 'given with --task',
  };
}

function checkConfidence(name: string, data: ColumnData, flags: Roles): void {
  const flag = flags.confidence !== undefined ? `--confidence '${name}'` : `column '${name}'`;
  if (data.kind !== 'numeric')
    throw new UsageError(`${flag}: the confidence column holds text, not numbers in [0, 1]`);
  const outside = data.values.find((v) => v < 0 || v > 1);
  if (outside !== undefined)
    throw new UsageError(`${flag}: a confidence is a number in [0, 1], the column holds ${outside}`);
}

/** Columns the spec's reference must hold under the exporter's names: [name in the file, name written]. */
export function renamedColumns(facts: ReferenceFacts): Array<[string, string]> | null {
  const { prediction, confidence } = facts.roles;
  if ((prediction ?? 'prediction') === 'prediction' && (confidence ?? 'confidence') === 'confidence')
    return null;
  return [
    ...facts.features.map((f): [string, string] => [f.name, f.name]),
    ...(prediction !== undefined ? [[prediction, 'prediction'] as [string, string]] : []),
    ...(confidence !== undefined ? [[confidence, 'confidence'] as [string, string]] : []),
  ];
}

/** Writes the `columns` of the reference at `source` to the CSV file `target`, renamed, row by row. */
export async function writeRenamedReference(
  source: string,
  target: string,
  columns: ReadonlyArray<[string, string]>,
): Promise<void> {
  async function* lines(): AsyncGenerator<string> {
    yield `${columns.map(([, to]) => csvCell(to)).join(',')}\n`;
    for await (const batch of readRecordBatches(source, 10_000)) {
      for (const record of batch) yield `${columns.map(([from]) => csvCell(record[from])).join(',')}\n`;
    }
  }
  await pipeline(Readable.from(lines()), createWriteStream(target));
}

/** A value as a CSV cell: quoted when it holds a comma, quote or line break (RFC 4180). */
function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
