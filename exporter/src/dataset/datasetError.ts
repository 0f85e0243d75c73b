/**
 * Bad input in a data file, with where it is. The message is one line, meant for the user as it is:
 * `reference data/ref.csv, line 18 (row 17), column 'age': 'abc' is not a number`.
 */
export interface DataLocation {
  /** 1-based physical line of the file. */
  line?: number;
  /** 1-based data row (the CSV header is not a row). */
  row?: number;
  /** Column name, or a 1-based position when the name is unknown. */
  column?: string | number;
}

export class DatasetError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
    readonly location: DataLocation = {},
  ) {
    super(formatDatasetMessage(source, reason, location));
    this.name = 'DatasetError';
  }
}

/** `source[, line L][ (row R)][, column 'C']: reason`, on one line (line breaks in values are escaped). */
export function formatDatasetMessage(source: string, reason: string, location: DataLocation): string {
  let where = source;
  if (location.line !== undefined) where += `, line ${location.line}`;
  if (location.row !== undefined)
    where += location.line !== undefined ? ` (row ${location.row})` : `, row ${location.row}`;
  if (typeof location.column === 'string') where += `, column '${location.column}'`;
  else if (typeof location.column === 'number') where += `, column ${location.column}`;
  return `${where}: ${reason}`.replace(/\r?\n|\r/g, '\\n');
}
