/**
 * How a pool spreads its jobs over its threads (a real pool running a worker that answers with its
 * thread id): every thread gets a job before any thread gets a second one, so two files are read on
 * two threads, never one after the other on the first.
 */
import { join } from 'node:path';
import type { PoolJob } from './workerPool';
import { WorkerPool } from './workerPool';

const ENTRY = join(__dirname, '__fixtures__', 'threadIdWorker.ts');

/** Jobs the fixture worker understands (it ignores the kind); `WorkerJob` is what the real worker runs. */
const jobs = (n: number): PoolJob[] =>
  Array.from({ length: n }, (_, i) => ({
    label: `job ${i}`,
    job: { delayMs: 20 } as unknown as PoolJob['job'],
  }));

describe('WorkerPool', () => {
  let pool: WorkerPool;
  afterEach(async () => pool.close());

  it('runs as many jobs as threads one per thread', async () => {
    pool = new WorkerPool({ size: 2, entry: ENTRY });
    const ids = await pool.run<number>(jobs(2));
    expect(new Set(ids).size).toBe(2);
  });

  it('hands the first jobs out one per thread, then sends more ahead while the queue is long', async () => {
    pool = new WorkerPool({ size: 3, entry: ENTRY });
    const threads = pool.threads().map((worker) => worker.threadId);
    const ids = await pool.run<number>(jobs(12));
    // Job i of the first round runs on thread i; all 12 answered, each by one of the pool's threads.
    expect(ids.slice(0, 3)).toEqual(threads);
    expect(ids.every((id) => threads.includes(id))).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });
});
