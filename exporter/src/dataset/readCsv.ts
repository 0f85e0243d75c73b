/**
 * Streams a CSV file (header row, RFC 4180) into columns: 1 MiB at a time into one reused buffer (only
 * an unfinished record is moved to its front between reads), numeric cells read from the bytes while
 * the parser scans them (no string, no second pass), so the file's text is never held in memory.
 * Quoted, blank-padded and non-numeric cells take the text path (`addCellText`), with the same result as
 * if every cell took it. After the first chunk, numeric columns reserve room for the rows the file size
 * predicts (+5 %), so they fill one array and are handed out without a final copy (see GrowableFloat64).
 */
import { open } from 'node:fs/promises';
import { ColumnAccumulator } from './columnAccumulator';
import { classifyText, isMissingText } from './cellValue';
import { CsvParser } from './csvParser';
import { CsvRecord, CsvSyntaxError } from './csvRecord';
import { checkRequestedColumns, datasetOf, isWanted, type Dataset, type ReadOptions } from './dataset';
import { DatasetError } from './datasetError';
import { literalValue } from './decimalField';

const CHUNK_BYTES = 1 << 20;

/** Reads `path` as CSV; throws DatasetError naming `source`, line, row and column for bad input. */
export async function readCsv(path: string, source: string, options: ReadOptions = {}): Promise<Dataset> {
  const reader = new CsvColumnReader(source, options);
  const parser = new CsvParser((record) => reader.onRecord(record));
  try {
    await parseFile(path, parser, reader);
  } catch (err) {
    if (err instanceof CsvSyntaxError) {
      const column = reader.header[err.field - 1] ?? err.field;
      throw new DatasetError(source, err.reason, { line: err.line, column });
    }
    throw err;
  }
  return reader.finish();
}

/** Feeds the file to `parser` chunk by chunk through one buffer, grown only for a longer record. */
async function parseFile(path: string, parser: CsvParser, reader: CsvColumnReader): Promise<void> {
  const file = await open(path, 'r');
  try {
    const size = (await file.stat()).size;
    let buf = Buffer.allocUnsafe(CHUNK_BYTES);
    let kept = 0;
    let parsed = 0;
    for (;;) {
      if (buf.length - kept < CHUNK_BYTES / 2) buf = Buffer.concat([buf.subarray(0, kept)], 2 * buf.length);
      const { bytesRead } = await file.read(buf, kept, buf.length - kept, null);
      if (bytesRead === 0) break;
      const filled = kept + bytesRead;
      const consumed = parser.feed(buf.subarray(0, filled));
      buf.copy(buf, 0, consumed, filled);
      kept = filled - consumed;
      if (parsed === 0 && reader.rows > 0)
        reader.reserve(Math.ceil(((size * reader.rows) / consumed) * 1.05));
      parsed += consumed;
    }
    parser.finish(buf.subarray(0, kept));
  } finally {
    await file.close();
  }
}

class CsvColumnReader {
  header: string[] = [];
  private accumulators: (ColumnAccumulator | null)[] = [];
  rows = 0;

  constructor(
    private readonly source: string,
    private readonly options: ReadOptions,
  ) {}

  onRecord(record: CsvRecord): void {
    if (this.header.length === 0) this.readHeader(record);
    else this.readRow(record);
  }

  /** Makes room in the numeric columns for `rows` rows in all. */
  reserve(rows: number): void {
    for (const acc of this.accumulators) acc?.reserve(rows, this.options.sharedMemory === true);
  }

  finish(): Dataset {
    if (this.header.length === 0)
      throw new DatasetError(this.source, 'the file has no header row (it is empty)');
    if (this.rows === 0)
      throw new DatasetError(this.source, 'the file has a header but no data rows', { line: 2 });
    const kept = this.accumulators.flatMap((acc, i): [string, ColumnAccumulator][] =>
      acc === null ? [] : [[this.header[i], acc]],
    );
    return datasetOf(this.source, this.header, this.rows, kept, this.options.sharedMemory);
  }

  private readHeader(record: CsvRecord): void {
    const names = record.texts();
    const seen = new Set<string>();
    names.forEach((name, i) => {
      if (name.trim() === '') {
        const hint = i === 0 ? ' (an unnamed index column? write the file with index=False)' : '';
        throw new DatasetError(this.source, `the header has an empty column name${hint}`, {
          line: record.line,
          column: i + 1,
        });
      }
      if (seen.has(name))
        throw new DatasetError(this.source, 'the header repeats this column name', {
          line: record.line,
          column: name,
        });
      seen.add(name);
    });
    checkRequestedColumns(this.source, names, this.options, record.line);
    this.header = names;
    this.accumulators = names.map((name) =>
      isWanted(this.options, name)
        ? new ColumnAccumulator(this.options.types?.get(name), this.options.keepRows === true)
        : null,
    );
  }

  private readRow(record: CsvRecord): void {
    const row = ++this.rows;
    const width = this.header.length;
    if (record.count !== width) this.raggedRow(record, row);
    const buf = record.buf;
    for (let i = 0; i < width; i++) {
      const acc = this.accumulators[i];
      if (acc === null) continue;
      if (record.isLiteral(i) && !acc.isCategorical) {
        // Read while the parser scanned the field; a literal outside the fast path through Number().
        const fast = record.value(i);
        const value = fast === fast ? fast : literalValue(buf, record.start(i), record.end(i));
        // An overflowing literal (1e999) is missing, as on the text path (classifyText).
        if (value - value === 0) acc.addNumber(value);
        else acc.addMissing();
        continue;
      }
      if (!record.isQuoted(i)) {
        const start = record.start(i);
        const end = record.end(i);
        if (start === end) {
          acc.addMissing();
          continue;
        }
        if (acc.isCategorical) {
          acc.addBytes(buf, start, end);
          continue;
        }
      }
      try {
        addCellText(acc, record.text(i));
      } catch (err) {
        throw new DatasetError(this.source, (err as Error).message, {
          line: record.line,
          row,
          column: this.header[i],
        });
      }
    }
  }

  private raggedRow(record: CsvRecord, row: number): never {
    const width = this.header.length;
    const reason = `the row has ${record.count} fields but the header has ${width}`;
    const column = record.count < width ? this.header[record.count] : width + 1;
    throw new DatasetError(this.source, reason, { line: record.line, row, column });
  }
}

/** Adds a cell given as text: missing, a number (unless the column keeps text), or a category. */
export function addCellText(acc: ColumnAccumulator, text: string): void {
  if (acc.keepsText) {
    if (isMissingText(text)) acc.addMissing();
    else acc.addText(text);
    return;
  }
  const cell = classifyText(text);
  if (cell.kind === 'missing') acc.addMissing();
  else if (cell.kind === 'number') acc.addNumber(cell.value);
  else acc.addText(text);
}
