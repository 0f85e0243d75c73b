/**
 * One column's drift tests as a unit of work that can cross a thread boundary (plain data in, plain
 * data out), and the one function that runs it: the sequential path and the worker threads call the
 * same `runDriftTask`, so both give the same numbers by construction.
 */
import { driftTest, driftTests, type Column, type DriftTestRequest, type FeatureDriftResult } from '../stats';

/** The tests of one column: every request runs on one sort of the numeric samples. */
export interface DriftTask {
  /** The column's name, for messages. */
  name: string;
  reference: Column;
  current: Column;
  requests: DriftTestRequest[];
  bins?: number;
}

/** One request's result, or why it could not run (the statistics core's message). */
export type DriftOutcome = { ok: true; result: FeatureDriftResult } | { ok: false; error: string };

/**
 * Runs every request of `task` (`driftTests`: one sort for all). When one request cannot run, each is
 * run alone (`driftTest`), so every request gets its own result or its own error, exactly as if the
 * caller had called `driftTest` once per request. Never throws.
 */
export function runDriftTask(task: DriftTask): DriftOutcome[] {
  const opts = { bins: task.bins };
  try {
    return driftTests(task.requests, task.reference, task.current, opts).map((result) => ({
      ok: true,
      result,
    }));
  } catch {
    return task.requests.map(({ method, threshold }): DriftOutcome => {
      try {
        return { ok: true, result: driftTest(method, task.reference, task.current, { ...opts, threshold }) };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    });
  }
}
