/**
 * Runs the drift tasks of many columns, on the calling thread or spread over a worker pool. Both paths
 * call `runDriftTask` per column and return the outcomes in task order, so the parallel path returns
 * exactly what the sequential one does; only the wall time differs.
 */
import { runDriftTask, type DriftOutcome, type DriftTask } from './driftTask';
import type { WorkerPool } from './workerPool';

/**
 * Outcomes of `tasks`, one array per task in task order. With `pool` null every task runs here, in
 * order; with a pool, one task per thread at a time (the column's samples are copied to the thread,
 * or shared when they live in a SharedArrayBuffer; the caller's arrays are not touched). Rejects, naming the column, when a thread fails (the pool is
 * then closed); a test that cannot run is an outcome, not a failure.
 */
export async function runDriftTasks(
  tasks: readonly DriftTask[],
  pool: WorkerPool | null,
): Promise<DriftOutcome[][]> {
  if (pool === null) return tasks.map(runDriftTask);
  return pool.run<DriftOutcome[]>(
    tasks.map((task) => ({ label: `testing column '${task.name}'`, job: { kind: 'drift', task } })),
  );
}
