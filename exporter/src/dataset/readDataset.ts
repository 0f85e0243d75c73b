/**
 * Opens a data file by its extension (`.csv`; `.jsonl`, `.ndjson`) and streams it into columns.
 * The single entry point of `dataset/` for commands.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Dataset, ReadOptions } from './dataset';
import { DatasetError } from './datasetError';
import { readCsv } from './readCsv';
import { readJsonl } from './readJsonl';

export type DataFormat = 'csv' | 'jsonl';

/** The format a path's extension names, or undefined. */
export function formatOf(path: string): DataFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return undefined;
}

/**
 * Reads the data file at `path`, named `source` in messages (e.g. `reference data/ref.csv`).
 * Throws DatasetError for a missing, unreadable or empty file, an unknown extension, and bad content.
 */
export async function readDataset(path: string, source: string, options: ReadOptions = {}): Promise<Dataset> {
  const format = formatOf(path);
  if (format === undefined) {
    throw new DatasetError(
      source,
      `unknown file type '${extname(path) || '(none)'}': expected .csv, .jsonl or .ndjson`,
    );
  }
  await checkFile(path, source);
  try {
    return await (format === 'csv' ? readCsv(path, source, options) : readJsonl(path, source, options));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (err instanceof DatasetError || code === undefined) throw err;
    throw new DatasetError(source, `cannot read the file (${code})`);
  }
}

async function checkFile(path: string, source: string): Promise<void> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new DatasetError(source, 'is a directory, not a file');
    size = info.size;
  } catch (err) {
    if (err instanceof DatasetError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new DatasetError(
      source,
      code === 'ENOENT' ? 'the file does not exist' : `cannot read the file (${code ?? String(err)})`,
    );
  }
  if (size === 0) throw new DatasetError(source, 'the file is empty');
}
