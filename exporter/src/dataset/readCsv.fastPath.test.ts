/**
 * The CSV reader's two ways to a cell — numbers read from the bytes while the parser scans them, and the
 * text path every quoted cell takes — give the same dataset: the same file with every cell quoted
 * (all text path) reads exactly as the file written plainly, on hostile cells and on random ones.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ColumnType } from './columnAccumulator';
import type { Dataset } from './dataset';
import { readDataset } from './readDataset';

let dir: string;
let files = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-fastpath-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads `rows` (header first) written as CSV, plain or with every cell quoted. */
async function readRows(
  rows: string[][],
  quoted: boolean,
  options: { eol?: string; bom?: boolean; keepRows?: boolean; types?: Map<string, ColumnType> } = {},
): Promise<Dataset> {
  const cell = (text: string) => (quoted ? `"${text.replace(/"/g, '""')}"` : text);
  const body = rows.map((row) => row.map(cell).join(',')).join(options.eol ?? '\n');
  const path = join(dir, `f${files++}.csv`);
  writeFileSync(path, (options.bom === true ? '\ufeff' : '') + body + (options.eol ?? '\n'));
  return readDataset(path, 'reference f.csv', { keepRows: options.keepRows, types: options.types });
}

/** A dataset as plain data with −0 told apart from 0 (toEqual equates them in typed arrays). */
function plain(data: Dataset): unknown {
  const signs = (values: Float64Array) => [...values].map((v) => (Object.is(v, -0) ? '-0' : v));
  const columns = [...data.data].map(([name, column]) => [
    name,
    column.kind === 'numeric'
      ? { ...column, values: signs(column.values), distinct: column.distinct && [...column.distinct].sort() }
      : { ...column, counts: [...column.counts].sort() },
  ]);
  const rows = [...(data.rowColumns ?? [])].map(([name, column]) => [
    name,
    column.kind === 'numeric' ? signs(column.values) : column,
  ]);
  return { rows: data.rows, columns, rowColumns: rows };
}

const HOSTILE = [
  '1e5',
  '-0',
  '+0',
  ' 3',
  '3 ',
  '0x10',
  'NaN',
  '-inf',
  'Infinity',
  '',
  '1e999',
  '-1e400',
  '1e-400',
  '4.9e-324',
  '0.12345678901234567',
  '0.8444218515250481',
  '9007199254740993',
  '1.7976931348623157e308',
  '12345678901234567890123',
  '.5',
  '5.',
  '1e',
  '1_000',
  'abc',
  '007',
];

describe('readCsv: numbers read from the bytes equal the text path', () => {
  it('on hostile cells, numeric columns and columns that turn categorical, with rows kept', async () => {
    const numbers = HOSTILE.filter((text) => !/[a-df-z_]|^1e$/i.test(text) || /^[-+]?(nan|inf)/i.test(text));
    const rows = [['all', 'numeric'], ...HOSTILE.map((text, i) => [text, numbers[i % numbers.length]])];
    for (const options of [{}, { eol: '\r\n', bom: true }, { keepRows: true }]) {
      const plainRead = await readRows(rows, false, options);
      expect(plain(plainRead)).toEqual(plain(await readRows(rows, true, options)));
      expect(plainRead.data.get('numeric')?.kind).toBe('numeric');
      expect(plainRead.data.get('all')?.kind).toBe('categorical');
    }
  });

  it('keeps the text of a column forced categorical, quoted or not', async () => {
    // An empty cell alone on its line is a blank line, skipped (a quoted one is not): leave it out here.
    const rows = [['zip'], ...HOSTILE.filter((text) => text !== '').map((text) => [text])];
    const types = new Map<string, ColumnType>([['zip', 'categorical']]);
    expect(plain(await readRows(rows, false, { types }))).toEqual(
      plain(await readRows(rows, true, { types })),
    );
  });

  it('on random numbers written in every common form', async () => {
    const written = fc
      .tuple(fc.double({ noNaN: true }), fc.integer({ min: 0, max: 4 }))
      .map(
        ([x, form]) =>
          [String(x), x.toPrecision(17), x.toExponential(3), x.toFixed(2), String(Math.round(x))][form],
      );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(written, written), { minLength: 1, maxLength: 40 }),
        async (cells) => {
          const rows = [['a', 'b'], ...cells];
          expect(plain(await readRows(rows, false))).toEqual(plain(await readRows(rows, true)));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('readCsv over several chunks', () => {
  it('reads records cut by the 1 MiB reads and a record longer than the buffer, with exact-size columns', async () => {
    const long = 'x'.repeat(3 << 20);
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i / 8},"c${i % 3}"`);
    rows.splice(30_000, 0, `-1,"${long}"`);
    const path = join(dir, 'big.csv');
    writeFileSync(path, '\ufeffx,label\r\n' + rows.join('\r\n'));
    const data = await readDataset(path, 'reference big.csv', { sharedMemory: true });
    expect(data.rows).toBe(60_001);
    const x = data.data.get('x');
    if (x?.kind !== 'numeric') throw new Error('x is not numeric');
    expect(x.values.length).toBe(60_001);
    expect(x.values[30_000]).toBe(-1);
    expect(x.values.every((v, i) => v === (i < 30_000 ? i / 8 : i === 30_000 ? -1 : (i - 1) / 8))).toBe(true);
    expect(Object.prototype.toString.call(x.values.buffer)).toBe('[object SharedArrayBuffer]');
    const label = data.data.get('label');
    expect(label?.kind === 'categorical' && label.counts.get(long)).toBe(1);
  });
});
