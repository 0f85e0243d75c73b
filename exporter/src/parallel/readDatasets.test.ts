/**
 * Files read on worker threads come back equal to files read here, and a bad file fails with the same
 * DatasetError (file, line, column), rebuilt on the main thread.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError } from '../dataset';
import { readDatasets, type DataFile } from './readDatasets';
import { WorkerPool } from './workerPool';

let dir: string;
let pool: WorkerPool;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-read-'));
  const rows = Array.from(
    { length: 3000 },
    (_, i) => `${((i * 7919) % 1000) / 10},${i % 3 === 0 ? '' : `c${i % 5}`},${i % 2}`,
  );
  writeFileSync(join(dir, 'a.csv'), ['x,city,flag', ...rows].join('\n') + '\n');
  const lines = Array.from({ length: 500 }, (_, i) =>
    JSON.stringify({ x: i / 7, city: `c${i % 4}`, flag: i % 2 }),
  );
  writeFileSync(join(dir, 'b.jsonl'), lines.join('\n') + '\n');
  writeFileSync(join(dir, 'bad.csv'), 'x,y\n1,2\n3\n');
  pool = new WorkerPool({ size: 2 });
});

afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string): DataFile => ({ path: join(dir, name), source: `reference ${name}` });

describe('readDatasets', () => {
  it('reads CSV and JSON Lines on threads into the same datasets as on this thread', async () => {
    const files = [file('a.csv'), file('b.jsonl')];
    const here = await readDatasets(files, {}, null);
    const there = await readDatasets(files, {}, pool);
    expect(there).toEqual(here);
    const x = there[0].data.get('x');
    // A Float64Array of the main realm (jest's test realm has its own constructors, hence no instanceof).
    const values = x?.kind === 'numeric' ? x.values : null;
    expect(Object.prototype.toString.call(values)).toBe('[object Float64Array]');
    expect(Object.prototype.toString.call(values?.buffer)).toBe('[object SharedArrayBuffer]');
    expect(here[0].rows).toBe(3000);
    const forced = {
      types: new Map([['flag', 'categorical' as const]]),
      columns: ['x', 'flag'],
      keepRows: true,
    };
    const kept = await readDatasets(files, forced, pool);
    expect(kept).toEqual(await readDatasets(files, forced, null));
    expect([...(kept[0].rowColumns?.keys() ?? [])]).toEqual(['x', 'flag']);
  });

  it('fails with the DatasetError of the bad file, as on this thread', async () => {
    const files = [file('a.csv'), file('bad.csv')];
    const expected = await readDatasets(files, {}, null).catch((err: unknown) => err);
    expect(expected).toBeInstanceOf(DatasetError);
    const actual = await readDatasets(files, {}, pool).catch((err: unknown) => err);
    expect(actual).toBeInstanceOf(DatasetError);
    expect((actual as DatasetError).message).toBe((expected as DatasetError).message);
    expect((actual as DatasetError).location).toEqual({ line: 3, row: 2, column: 'y' });
    // Two bad files: the first in file order is reported, whichever thread finishes first.
    const both = [file('bad.csv'), file('missing.csv')];
    const first = await readDatasets(both, {}, pool).catch((err: Error) => err.message);
    expect(first).toBe(
      "reference bad.csv, line 3 (row 2), column 'y': the row has 1 fields but the header has 2",
    );
    // A bad file is an answer, not a broken thread: the pool still reads.
    expect((await readDatasets([file('b.jsonl')], {}, pool))[0].rows).toBe(500);
  });
});
