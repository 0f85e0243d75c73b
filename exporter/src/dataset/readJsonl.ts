/**
 * Streams a JSON Lines file (one JSON object per line) into columns. The columns are the keys of all
 * rows, in order of first appearance; a row without a key, or with `null`, is missing there. Strings are
 * read like CSV cells (`"1.5"` is a number, `"NaN"` is missing), booleans are the categories `true` and
 * `false`; nested objects and arrays are rejected. Blank lines are skipped.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ColumnAccumulator } from './columnAccumulator';
import { checkRequestedColumns, datasetOf, isWanted, type Dataset, type ReadOptions } from './dataset';
import { DatasetError } from './datasetError';
import { addCellText } from './readCsv';

/** Reads `path` as JSON Lines; throws DatasetError naming `source`, line, row and column for bad input. */
export async function readJsonl(path: string, source: string, options: ReadOptions = {}): Promise<Dataset> {
  const columns: string[] = [];
  const accumulators = new Map<string, ColumnAccumulator | null>();
  let line = 0;
  let rows = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const rawText of lines) {
    line++;
    const text = line === 1 ? rawText.replace(/^\ufeff/, '') : rawText;
    if (text.trim() === '') continue;
    const row = ++rows;
    const object = parseObject(text, source, line, row);
    for (const key of Object.keys(object)) {
      let acc = accumulators.get(key);
      if (acc === undefined) {
        acc = isWanted(options, key)
          ? new ColumnAccumulator(options.types?.get(key), options.keepRows === true)
          : null;
        accumulators.set(key, acc);
        columns.push(key);
      }
      if (acc === null) continue;
      acc.reachRow(row);
      addJsonValue(acc, object[key], { source, line, row, key });
    }
  }
  if (rows === 0) throw new DatasetError(source, 'the file has no rows (it is empty)');
  checkRequestedColumns(source, columns, options);
  const kept = [...accumulators].filter((entry): entry is [string, ColumnAccumulator] => entry[1] !== null);
  return datasetOf(source, columns, rows, kept, options.sharedMemory);
}

function parseObject(text: string, source: string, line: number, row: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new DatasetError(source, `invalid JSON (${(err as Error).message})`, { line, row });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    throw new DatasetError(source, `expected a JSON object per line, found ${kind}`, { line, row });
  }
  return value as Record<string, unknown>;
}

function addJsonValue(
  acc: ColumnAccumulator,
  value: unknown,
  at: { source: string; line: number; row: number; key: string },
): void {
  try {
    if (value === null) acc.addMissing();
    else if (typeof value === 'number') {
      if (!Number.isFinite(value))
        acc.addMissing(); // 1e999 parses to Infinity
      else if (acc.keepsText) acc.addText(String(value));
      else acc.addNumber(value);
    } else if (typeof value === 'string') addCellText(acc, value);
    else if (typeof value === 'boolean') acc.addText(String(value));
    else
      throw new Error(
        `nested ${Array.isArray(value) ? 'arrays' : 'objects'} are not supported; flatten the field`,
      );
  } catch (err) {
    throw new DatasetError(at.source, (err as Error).message, { line: at.line, row: at.row, column: at.key });
  }
}
