/**
 * What crosses the thread boundary: the jobs a worker runs, its replies, and errors as plain data (a
 * `DatasetError` is rebuilt on the main thread with its file, line and column, so a bad file reads the
 * same whether it was parsed in a worker or not).
 */
import { DatasetError, readDataset, type Dataset, type ReadOptions } from '../dataset';
import { runDriftTask, type DriftOutcome, type DriftTask } from './driftTask';

/** One unit of work for a worker thread. */
export type WorkerJob =
  { kind: 'drift'; task: DriftTask } | { kind: 'read'; path: string; source: string; options: ReadOptions };

/** What each kind of job returns. */
export interface JobValue {
  drift: DriftOutcome[];
  read: ReadResult;
}

/** A file read on a thread, or its DatasetError as data (so the caller can report files in order). */
export type ReadResult = { ok: true; dataset: Dataset } | { ok: false; error: ErrorData };

/** An error as plain data. */
export interface ErrorData {
  name: string;
  message: string;
  dataset?: Pick<DatasetError, 'source' | 'reason' | 'location'>;
}

export type WorkerReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ErrorData };

/** Runs `job` and returns its value (`JobValue[kind]`). */
export async function runJob(job: WorkerJob): Promise<JobValue[WorkerJob['kind']]> {
  if (job.kind === 'drift') return runDriftTask(job.task);
  try {
    // Numeric columns in shared memory: sending the dataset back, and then its columns to other threads
    // for testing, shares the values instead of copying them (and detaches nothing, as transferring would).
    return {
      ok: true,
      dataset: await readDataset(job.path, job.source, { ...job.options, sharedMemory: true }),
    };
  } catch (err) {
    if (err instanceof DatasetError) return { ok: false, error: errorData(err) };
    throw err;
  }
}

export function errorData(err: unknown): ErrorData {
  if (err instanceof DatasetError) {
    const { source, reason, location } = err;
    return { name: err.name, message: err.message, dataset: { source, reason, location } };
  }
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: 'Error', message: String(err) };
}

/** The error again on this side; anything but a DatasetError is prefixed with what the job was doing. */
export function reviveError(data: ErrorData, label: string): Error {
  if (data.dataset !== undefined) {
    return new DatasetError(data.dataset.source, data.dataset.reason, data.dataset.location);
  }
  return new Error(`${label}: ${data.message}`);
}
