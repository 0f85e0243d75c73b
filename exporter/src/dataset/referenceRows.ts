/**
 * Reads a reference file (CSV with a header row, or JSON Lines) into columns that keep row order, which
 * calibration (`spec/calibrate/`) needs to cut the reference into consecutive chunks. (`dataset/readDataset` streams columns
 * without row order, which is right for drift tests and not for chunks.) Cells are read as `dataset/`
 * reads them: blank, NaN and ±Inf are missing; decimal literals are numbers; anything else is text;
 * JSON booleans are the text `true`/`false`.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { classifyText } from './cellValue';

/** Rows to chunk, or why there are none. */
export type RowsOutcome = { rows: ReferenceRows } | { skip: string };

/** One cell: a finite number, text, or null for missing. */
export type Cell = number | string | null;

export interface ReferenceRows {
  /** Column names in file order (JSON Lines: order of first appearance). */
  columns: string[];
  rows: number;
  /** Column name → one cell per row, in row order. */
  cells: Map<string, Cell[]>;
}

/** A cell of text as `dataset/` reads it. */
export function cellFromText(text: string): Cell {
  const c = classifyText(text);
  return c.kind === 'missing' ? null : c.kind === 'number' ? c.value : text;
}

/**
 * Parses reference text; `name` is the file name (its extension picks the format) used in messages.
 *
 * @throws Error naming the file and line for malformed CSV/JSON, an unknown extension, or no rows.
 * @example parseReferenceRows('a,b\n1,x\n', 'ref.csv').cells.get('b') // ['x']
 */
export function parseReferenceRows(text: string, name: string): ReferenceRows {
  const ext = extname(name).toLowerCase();
  const table =
    ext === '.csv'
      ? parseCsv(text, name)
      : ext === '.jsonl' || ext === '.ndjson'
        ? parseJsonl(text, name)
        : undefined;
  if (table === undefined)
    throw new Error(
      `reference ${name}: unknown file type '${ext || '(none)'}'; expected .csv, .jsonl or .ndjson`,
    );
  if (table.rows === 0) throw new Error(`reference ${name}: the file has no data rows`);
  return table;
}

/** Reads and parses a reference file. @throws Error as `parseReferenceRows`, or when the file cannot be read. */
export async function readReferenceRows(path: string): Promise<ReferenceRows> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(
      `reference ${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
  }
  return parseReferenceRows(text, path);
}

function parseCsv(text: string, name: string): ReferenceRows {
  let records: string[][];
  try {
    records = parse(text.replace(/^\ufeff/, ''), {
      skip_empty_lines: true,
      relax_column_count: false,
    }) as string[][];
  } catch (err) {
    throw new Error(`reference ${name}: ${(err as Error).message}`);
  }
  const [header, ...body] = records;
  if (header === undefined) return { columns: [], rows: 0, cells: new Map() };
  const cells = new Map<string, Cell[]>(header.map((h) => [h, []]));
  for (const record of body) {
    header.forEach((h, i) => (cells.get(h) as Cell[]).push(cellFromText(record[i] ?? '')));
  }
  return { columns: header, rows: body.length, cells };
}

function parseJsonl(text: string, name: string): ReferenceRows {
  const columns: string[] = [];
  const cells = new Map<string, Cell[]>();
  let rows = 0;
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new Error(`reference ${name}:${i + 1}: invalid JSON (${(err as Error).message})`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`reference ${name}:${i + 1}: expected a JSON object per line`);
      }
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        if (!cells.has(key)) {
          columns.push(key);
          cells.set(key, new Array<Cell>(rows).fill(null));
        }
        (cells.get(key) as Cell[])[rows] = jsonCell(v);
      }
      rows++;
      for (const column of cells.values()) if (column.length < rows) column.push(null);
    });
  return { columns, rows, cells };
}

function jsonCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return cellFromText(value);
  return JSON.stringify(value);
}
