/**
 * The parallel path returns exactly what the sequential one does (same numbers, same order, same
 * errors), leaves the caller's samples alone, and a thread that fails rejects the run naming the column
 * instead of hanging, with every thread terminated. Real worker threads throughout (the .ts worker is
 * loaded through tsx).
 */
import { join } from 'node:path';
import { RADIX_MIN_LENGTH } from '../stats/radixSort';
import type { Column, DriftMethod } from '../stats';
import { driftTest } from '../stats';
import { runDriftTask, type DriftTask } from './driftTask';
import { runDriftTasks } from './runDriftTasks';
import { WorkerPool } from './workerPool';

/** mulberry32, seeded: the same samples on every run. */
function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const numeric = (n: number, seed: number, shift = 0): Column => {
  const rand = uniform(seed);
  return {
    type: 'numeric',
    values: Float64Array.from({ length: n }, () => shift + rand() * 10 - rand() * 3),
  };
};
const requests = (...methods: DriftMethod[]) => methods.map((method) => ({ method }));

/** Large and small numeric columns, categories, and columns some methods refuse. */
function tasks(): DriftTask[] {
  const big = RADIX_MIN_LENGTH + 500;
  const categories: Column = {
    type: 'categorical',
    counts: new Map([
      ['a', 40],
      ['b', 25],
      ['c', 9],
    ]),
  };
  const shifted: Column = {
    type: 'categorical',
    counts: new Map([
      ['a', 20],
      ['b', 30],
      ['d', 4],
    ]),
  };
  return [
    {
      name: 'wide',
      reference: numeric(big, 1),
      current: numeric(big, 2, 0.2),
      requests: requests('ks', 'psi', 'wasserstein'),
    },
    {
      name: 'small',
      reference: numeric(40, 3),
      current: numeric(35, 4),
      requests: requests('ks', 'jensenshannon'),
    },
    { name: 'city', reference: categories, current: shifted, requests: requests('chisquare', 'psi') },
    // psi needs 10 reference values for 10 bins and ks refuses categories: errors, as outcomes.
    { name: 'tiny', reference: numeric(8, 5), current: numeric(9, 6), requests: requests('ks', 'psi') },
    { name: 'mixed', reference: categories, current: numeric(50, 7), requests: requests('ks') },
    {
      name: 'same',
      reference: numeric(big, 8),
      current: numeric(big, 8),
      requests: requests('ks', 'hellinger'),
    },
  ];
}

describe('runDriftTasks', () => {
  it('returns on two threads exactly the outcomes of the sequential path, in task order', async () => {
    const input = tasks();
    const sequential = await runDriftTasks(input, null);
    const pool = new WorkerPool({ size: 2 });
    try {
      const parallel = await runDriftTasks(input, pool);
      expect(parallel).toEqual(sequential);
      // toEqual compares numbers with Object.is: same bits, not merely close.
      expect(JSON.stringify(parallel)).toBe(JSON.stringify(sequential));
      // The pool is reusable for a second run, and the caller's samples were copied, not moved.
      expect(await runDriftTasks(input.slice(0, 2), pool)).toEqual(sequential.slice(0, 2));
      const first = runDriftTasks(input.slice(1, 2), pool);
      await expect(runDriftTasks(input.slice(1, 2), pool)).rejects.toThrow(
        'WorkerPool: cannot run, another run is under way',
      );
      expect(await first).toEqual(sequential.slice(1, 2));
    } finally {
      await pool.close();
    }
    expect((input[0].reference as { values: Float64Array }).values.length).toBe(RADIX_MIN_LENGTH + 500);
    expect(sequential[3][0]).toEqual({
      ok: true,
      result: driftTest('ks', input[3].reference, input[3].current),
    });
    expect(sequential[3][1]).toEqual({
      ok: false,
      error: "driftTest: method 'psi' with 10 bins needs at least 10 reference values, got 8",
    });
    expect(sequential[4][0].ok).toBe(false);
    expect(sequential.map((outcomes) => outcomes.length)).toEqual(input.map((t) => t.requests.length));
  });

  it('gives each request of a failing task what driftTest gives it alone', () => {
    const task = tasks()[3];
    const outcomes = runDriftTask(task);
    expect(outcomes[0]).toEqual({ ok: true, result: driftTest('ks', task.reference, task.current) });
    expect(() => driftTest('psi', task.reference, task.current)).toThrow(
      (outcomes[1] as { error: string }).error,
    );
  });

  it('rejects naming the column when a thread runs out of memory, and terminates every thread', async () => {
    // chisquare on a numeric column counts each distinct value by its string: 600 000 of them do not fit
    // in a 16 MiB heap. A real failure of a real thread, as a too-large column would cause.
    const values = Float64Array.from({ length: 600000 }, (_, i) => i + 0.5);
    const huge: DriftTask = {
      name: 'account_id',
      reference: { type: 'numeric', values },
      current: { type: 'numeric', values },
      requests: requests('chisquare'),
    };
    const pool = new WorkerPool({ size: 2, maxHeapMb: 16 });
    const run = runDriftTasks([tasks()[1], huge, tasks()[2]], pool);
    await expect(run).rejects.toThrow(/^a worker thread failed while testing column 'account_id': .*memory/);
    await pool.close();
    expect(pool.threads().map((worker) => worker.threadId)).toEqual([-1, -1]);
    await expect(runDriftTasks(tasks().slice(0, 1), pool)).rejects.toThrow('WorkerPool: cannot run');
  });

  it('rejects naming the first column when the worker script cannot start', async () => {
    const pool = new WorkerPool({ size: 1, entry: join(__dirname, 'no-such-worker.js') });
    await expect(runDriftTasks(tasks().slice(1, 3), pool)).rejects.toThrow(
      /^a worker thread failed while testing column 'small': .*Cannot find module/,
    );
    await pool.close();
  });

  it('refuses a pool without threads', () => {
    expect(() => new WorkerPool({ size: 0 })).toThrow(
      'WorkerPool: expected size to be an integer >= 1, got 0',
    );
  });
});
