/**
 * A fixed set of worker threads that run jobs from a queue, one job per worker at a time, and return
 * the values in the order of the jobs.
 *
 * Bounded and never hanging: the pool has `size` threads (see `workerCount`), each with an optional heap
 * limit; a thread that throws, runs out of memory or exits while it holds a job fails the whole run at
 * once with an error naming that job (e.g. "testing column 'age'"), and every thread is terminated.
 * Between runs the threads are unref'd, so a forgotten `close()` does not keep the process alive;
 * `close()` terminates them.
 */
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { reviveError, type WorkerJob, type WorkerReply } from './jobs';

export interface PoolOptions {
  /** Worker threads to start, ≥ 1. */
  size: number;
  /** Heap limit of each thread in MiB (V8's old generation); a thread over it fails its job. */
  maxHeapMb?: number;
  /** The worker script; default: this room's `worker` (the .ts file through tsx when run from source). */
  entry?: string;
  /** Node options of the threads; default: this process's (plus tsx's hook for a .ts entry). */
  execArgv?: string[];
}

/** A job and what it is doing, in words, for error messages: `testing column 'age'`. */
export interface PoolJob {
  label: string;
  job: WorkerJob;
}

/** Threads for a pool: the machine's available parallelism, capped at `cap` when given; at least 1. */
export function workerCount(cap?: number): number {
  return Math.max(1, Math.min(availableParallelism(), cap ?? Number.POSITIVE_INFINITY));
}

export class WorkerPool {
  private readonly workers: Worker[];
  /** Set once a thread failed or the pool was closed: no further run. */
  private broken: Error | null = null;
  private running = false;

  constructor(options: PoolOptions) {
    if (!(Number.isInteger(options.size) && options.size >= 1)) {
      throw new Error(`WorkerPool: expected size to be an integer >= 1, got ${options.size}`);
    }
    const entry = options.entry ?? defaultEntry();
    const resourceLimits =
      options.maxHeapMb === undefined ? undefined : { maxOldGenerationSizeMb: options.maxHeapMb };
    this.workers = Array.from({ length: options.size }, () => {
      const execArgv = options.execArgv ?? execArgvFor(entry);
      const worker = new Worker(entry, { execArgv, resourceLimits });
      // Always listened to: an 'error' event without a listener would crash the process.
      worker.on('error', (err) => (this.broken ??= err));
      worker.on('exit', () => (this.broken ??= new Error('a worker thread exited')));
      worker.unref();
      return worker;
    });
  }

  /** Number of threads. */
  get size(): number {
    return this.workers.length;
  }

  /**
   * Runs every job; resolves with their values in job order, or rejects at the first failure. One run
   * at a time: a second run while one is under way is refused.
   */
  async run<R>(jobs: readonly PoolJob[]): Promise<R[]> {
    if (this.broken !== null) throw new Error(`WorkerPool: cannot run, ${this.broken.message}`);
    if (this.running) throw new Error('WorkerPool: cannot run, another run is under way');
    this.running = true;
    try {
      return await new Promise<R[]>((resolve, reject) => new PoolRun<R>(this, jobs, resolve, reject).start());
    } finally {
      this.running = false;
    }
  }

  /** Terminates every thread (idempotent). */
  async close(): Promise<void> {
    this.broken ??= new Error('the pool is closed');
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** @internal the threads, for `PoolRun`. */
  threads(): readonly Worker[] {
    return this.workers;
  }
}

/**
 * Jobs sent ahead to each thread, so it never waits for the main thread between two jobs — only while
 * the queue still holds a job for every thread: two long jobs on a pool of two run on both threads,
 * never one after the other on the first (reading two files side by side took twice the wall time).
 */
const IN_FLIGHT = 2;

/** One `run`: hands out jobs, collects replies, fails fast. */
class PoolRun<R> {
  private readonly results: R[];
  /** Per thread, the indexes of the jobs sent to it, oldest (the one it is running) first. */
  private readonly holding = new Map<Worker, number[]>();
  private readonly detach: (() => void)[] = [];
  private next = 0;
  private done = 0;
  private settled = false;

  constructor(
    private readonly pool: WorkerPool,
    private readonly jobs: readonly PoolJob[],
    private readonly resolve: (values: R[]) => void,
    private readonly reject: (err: Error) => void,
  ) {
    this.results = new Array<R>(jobs.length);
  }

  start(): void {
    if (this.jobs.length === 0) return this.finish();
    for (const worker of this.pool.threads()) {
      const onMessage = (reply: WorkerReply) => this.onReply(worker, reply);
      const onError = (err: Error) => this.fail(worker, err.message);
      const onExit = (code: number) => this.fail(worker, `the thread exited with code ${code}`);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.on('messageerror', onError);
      this.detach.push(() => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        worker.off('messageerror', onError);
        worker.unref();
      });
      worker.ref();
      this.holding.set(worker, []);
      this.dispatch(worker, 1);
      if (this.settled) return;
    }
    // Every thread has its first job: now the ones sent ahead.
    for (const worker of this.pool.threads()) if (!this.settled) this.dispatch(worker, IN_FLIGHT);
  }

  /**
   * Gives the thread jobs up to `most` held at once: one when it holds none, more only while the unsent
   * jobs are at least as many as the threads (so no thread sits idle while another holds two). Finishes
   * the run once every job has a value.
   */
  private dispatch(worker: Worker, most: number): void {
    const queue = this.holding.get(worker) as number[];
    const threads = this.pool.size;
    const more = () => queue.length === 0 || this.jobs.length - this.next >= threads;
    while (queue.length < most && this.next < this.jobs.length && more() && !this.settled) {
      const index = this.next++;
      queue.push(index);
      try {
        worker.postMessage({ id: index, job: this.jobs[index].job });
      } catch (err) {
        this.fail(worker, (err as Error).message);
      }
    }
    if (this.done === this.jobs.length && !this.settled) this.finish();
  }

  private onReply(worker: Worker, reply: WorkerReply): void {
    if (this.settled) return;
    if (!reply.ok) {
      // Other threads may still be busy with this run's jobs: the pool is not reused.
      this.settle();
      void this.pool.close();
      this.reject(reviveError(reply.error, this.jobs[reply.id].label));
      return;
    }
    this.holding.get(worker)?.shift();
    this.results[reply.id] = reply.value as R;
    this.done++;
    this.dispatch(worker, IN_FLIGHT);
  }

  /** A thread broke: reject naming its job, and terminate every thread of the pool. */
  private fail(worker: Worker, reason: string): void {
    if (this.settled) return;
    const index = this.holding.get(worker)?.[0];
    const doing = index === undefined ? 'between jobs' : `while ${this.jobs[index].label}`;
    this.settle();
    void this.pool.close();
    this.reject(new Error(`a worker thread failed ${doing}: ${reason}`));
  }

  private finish(): void {
    this.settle();
    this.resolve(this.results);
  }

  private settle(): void {
    this.settled = true;
    for (const detach of this.detach) detach();
  }
}

function defaultEntry(): string {
  return join(__dirname, `worker${extname(__filename)}`);
}

/** From TypeScript sources (tests, tsx) the thread needs tsx's require hook to load a .ts entry. */
function execArgvFor(entry: string): string[] {
  if (!entry.endsWith('.ts') || process.execArgv.some((arg) => arg.includes('tsx'))) return process.execArgv;
  return [...process.execArgv, '--require', require.resolve('tsx/cjs')];
}
