/**
 * Streams the rows of a CSV (header row) or JSON Lines file as records, in batches, for reference files
 * named by the spec and for `mlhealth ingest FILE`. CSV cells stay text (the ingest layer reads them
 * leniently); JSON Lines rows are parsed objects. Memory: one batch at a time.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { formatOf } from '.';

export type FileRecord = Record<string, unknown>;

async function* csvRecords(path: string): AsyncGenerator<FileRecord> {
  const input = createReadStream(path);
  const parser = parse({
    columns: true,
    skip_empty_lines: true,
    bom: true,
    trim: true,
    relax_column_count: false,
  });
  // pipe() does not forward read errors: without this a failing read would leave the parser waiting.
  input.on('error', (err) => parser.destroy(err));
  for await (const record of input.pipe(parser)) yield record as FileRecord;
}

async function* jsonlRecords(path: string): AsyncGenerator<FileRecord> {
  const input = createReadStream(path);
  const lines = createInterface({ input, crlfDelay: Infinity });
  input.on('error', () => lines.close());
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new Error(`${path}:${n}: invalid JSON: ${(err as Error).message}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new Error(`${path}:${n}: expected a JSON object per line`);
    }
    yield value as FileRecord;
  }
}

/**
 * The records of `path` in batches of at most `batchSize`. Throws on an unknown extension (expected
 * .csv, .jsonl or .ndjson), an unreadable file, or a malformed line (naming file and line).
 */
export async function* readRecordBatches(path: string, batchSize: number): AsyncGenerator<FileRecord[]> {
  const format = formatOf(path);
  if (format === undefined) throw new Error(`readRecordBatches: '${path}' is not .csv, .jsonl or .ndjson`);
  // Open once first so that a missing or unreadable file fails here with its own message.
  await (await open(path, 'r')).close();
  let batch: FileRecord[] = [];
  for await (const record of format === 'csv' ? csvRecords(path) : jsonlRecords(path)) {
    batch.push(record);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Every record of `path` (for reference files, which are bounded by `MAX_REFERENCE_ROWS`). */
export async function readAllRecords(path: string): Promise<FileRecord[]> {
  const out: FileRecord[] = [];
  for await (const batch of readRecordBatches(path, 10_000)) out.push(...batch);
  return out;
}
