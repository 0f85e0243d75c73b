import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataset } from './readDataset';
import type { RowColumn } from './rowCells';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-rows-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A row column as plain cells: numbers, categories, null for missing. */
function cells(column: RowColumn | undefined): (number | string | null)[] {
  if (column === undefined) throw new Error('column not kept in row order');
  if (column.kind === 'numeric') return [...column.values].map((v) => (Number.isNaN(v) ? null : v));
  return [...column.codes].map((code) => (code < 0 ? null : column.categories[code]));
}

describe('readDataset keepRows', () => {
  it('keeps CSV cells in row order, recoding earlier numbers when a column turns categorical', async () => {
    const path = file('rows.csv', 'x,y,z\n1.5,7,a\n,8,\nNaN,x,b\n2,007,"a"\n');
    const data = await readDataset(path, 'reference rows.csv', { keepRows: true });
    expect(cells(data.rowColumns?.get('x'))).toEqual([1.5, null, null, 2]);
    expect(cells(data.rowColumns?.get('y'))).toEqual(['7', '8', 'x', '7']);
    expect(cells(data.rowColumns?.get('z'))).toEqual(['a', null, 'b', 'a']);
    expect(data.rowColumns?.get('x')?.kind).toBe('numeric');
  });

  it('keeps a forced categorical column as written', async () => {
    const path = file('forced.csv', 'x,y\n007,1\n7,2\n,3\n');
    const data = await readDataset(path, 'reference forced.csv', {
      keepRows: true,
      types: new Map([['x', 'categorical']]),
    });
    expect(cells(data.rowColumns?.get('x'))).toEqual(['007', '7', null]);
  });

  it('pads JSON Lines rows that do not mention a column, before and after its first mention', async () => {
    const path = file('rows.jsonl', '{"a":1}\n{"b":"u"}\n\n{"a":3,"b":null}\n{"b":"v"}\n');
    const data = await readDataset(path, 'reference rows.jsonl', { keepRows: true });
    expect(data.rows).toBe(4);
    expect(cells(data.rowColumns?.get('a'))).toEqual([1, null, 3, null]);
    expect(cells(data.rowColumns?.get('b'))).toEqual([null, 'u', null, 'v']);
  });

  it('keeps only the columns asked for, and nothing in row order unless asked', async () => {
    const path = file('some.csv', 'a,b\n1,2\n3,4\n');
    const kept = await readDataset(path, 'reference some.csv', { keepRows: true, columns: ['b'] });
    expect([...(kept.rowColumns?.keys() ?? [])]).toEqual(['b']);
    const plain = await readDataset(path, 'reference some.csv');
    expect(plain.rowColumns).toBeUndefined();
  });
});
