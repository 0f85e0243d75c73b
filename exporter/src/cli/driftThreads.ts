/**
 * Worker threads for `mlhealth drift`: how many, and the two phases that use them, on one pool — reading
 * the reference and the current file side by side, then testing the columns across threads. Small files
 * stay on the main thread (starting a thread costs more than it saves). The report is the same either
 * way: every path runs `parallel/`'s `runDriftTask` per column and keeps the column order.
 */
import { stat } from 'node:fs/promises';
import type { Dataset, ReadOptions } from '../dataset';
import { readDatasets, runDriftTasks, WorkerPool, workerCount, type DataFile } from '../parallel';
import { MAX_WORKERS } from './driftOptions';
import type { DriftTaskRunner } from './driftReport';
import { UsageError } from './io';

/** Below this many bytes in the two files together, everything runs on the main thread. */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

/**
 * Threads to use: `--workers`, else `MLHEALTH_WORKERS`, else one per available CPU, never more than
 * the machine offers; 1 when the files together are under {@link PARALLEL_MIN_BYTES} (or unreadable:
 * the reader then reports why). Throws UsageError for a malformed `MLHEALTH_WORKERS`.
 */
export async function driftThreads(
  workers: number | undefined,
  env: Record<string, string | undefined>,
  paths: readonly string[],
): Promise<number> {
  const threads = workerCount(workers ?? envWorkers(env.MLHEALTH_WORKERS));
  if (threads < 2) return 1;
  const sizes = await Promise.all(
    paths.map((path) =>
      stat(path).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0) >= PARALLEL_MIN_BYTES ? threads : 1;
}

function envWorkers(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new UsageError(`MLHEALTH_WORKERS='${value}' is not an integer ≥ 1 and ≤ ${MAX_WORKERS}`);
  }
  return n;
}

/** The pool of a run, started at its first use (never, when everything stays on the main thread). */
export type PoolSource = () => WorkerPool | null;

/**
 * Runs `work` with one pool of `threads` threads for both phases (reading, then testing), started when
 * first asked for and closed after; with `threads` < 2, none. One pool: its threads start once (and,
 * when the files are read on them, while the main thread still works).
 */
export async function withDriftPool<T>(threads: number, work: (pool: PoolSource) => Promise<T>): Promise<T> {
  let pool: WorkerPool | null = null;
  const source = () => (threads < 2 ? null : (pool ??= new WorkerPool({ size: threads })));
  try {
    return await work(source);
  } finally {
    await (pool as WorkerPool | null)?.close();
  }
}

/**
 * Reads the files in order; side by side on the pool's threads when there is a pool — except when rows
 * are kept (`--multivariate`): two files read at once peak together, and with rows that would pass 2 GB
 * on the benchmark's files (1.4 GB one after the other), for a gain of about 2 s in a 40 s run. The pool
 * is then not started before the files are read.
 */
export async function readDriftFiles(
  files: readonly DataFile[],
  read: ReadOptions,
  pool: PoolSource,
): Promise<Dataset[]> {
  return readDatasets(files, read, read.keepRows === true ? null : pool());
}

/** Runs the report's tasks here (no pool, or a single task) or across the pool's threads. */
export function driftTaskRunner(pool: PoolSource): DriftTaskRunner {
  return async (tasks) => runDriftTasks(tasks, tasks.length < 2 ? null : pool());
}
