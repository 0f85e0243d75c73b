/**
 * The mlhealth side of the statistics race on in-memory columns read from the same raw binaries the
 * scipy script reads, best of N passes: `driftTest` once per statistic and column (each call sorts its
 * column), then all statistics of a column on one sort (`runDriftTask`, i.e. `driftTests`) on the main
 * thread and across a pool of worker threads (started and closed inside each timed pass). Plus the
 * agreement check with scipy and the check that the three paths give the same numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDriftTasks, WorkerPool, type DriftOutcome, type DriftTask } from '../src/parallel';
import { driftTest, type Column } from '../src/stats';
import type { Manifest } from './driftFiles';

/** Best wall-clock and best CPU (user + system) seconds over the passes. */
export interface Timing {
  wall: number;
  cpu: number;
}

export interface StatsRun {
  seconds: { ks: Timing; psi: Timing; chi2: Timing };
  ks: [number, number | null][];
  psi: number[];
  chi2: [number, number | null][];
}

export interface Columns {
  reference: Column[];
  current: Column[];
}

/** Reads the numeric columns and the categorical counts the benchmark wrote for `prefix`. */
function readColumns(dir: string, prefix: string, manifest: Manifest, sizes: number[]): Column[] {
  const bytes = readFileSync(join(dir, `${prefix}_numeric.f64`));
  const flat = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
  const columns: Column[] = [];
  let at = 0;
  for (const size of sizes) {
    // In shared memory, as the CLI's reader threads leave a file's columns: worker threads share them.
    const values = new Float64Array(new SharedArrayBuffer(8 * size));
    values.set(flat.subarray(at, at + size));
    columns.push({ type: 'numeric', values });
    at += size;
  }
  const codeBytes = readFileSync(join(dir, `${prefix}_categorical.i32`));
  const codes = new Int32Array(codeBytes.buffer, codeBytes.byteOffset, codeBytes.byteLength / 4);
  manifest.categoryCounts.forEach((k, c) => {
    const counts = new Array<number>(k).fill(0);
    for (let i = c * manifest.rows; i < (c + 1) * manifest.rows; i++) if (codes[i] >= 0) counts[codes[i]]++;
    const map = new Map<string, number>();
    counts.forEach((n, code) => n > 0 && map.set(`c${c}_v${code}`, n));
    columns.push({ type: 'categorical', counts: map });
  });
  return columns;
}

export function readBenchColumns(dir: string, manifest: Manifest): Columns {
  return {
    reference: readColumns(dir, 'reference', manifest, manifest.numericSizes.reference),
    current: readColumns(dir, 'current', manifest, manifest.numericSizes.current),
  };
}

function bestOf<T>(repeats: number, pass: () => T): { seconds: Timing; values: T } {
  // Best of `repeats` passes on both sides: the first pass also pays for V8 compiling the hot code.
  // CPU time is reported beside wall time because the machine may be shared.
  const seconds = { wall: Infinity, cpu: Infinity };
  let values: T | undefined;
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    values = pass();
    const cpu = process.cpuUsage(cpuStart);
    seconds.wall = Math.min(seconds.wall, Number(process.hrtime.bigint() - start) / 1e9);
    seconds.cpu = Math.min(seconds.cpu, (cpu.user + cpu.system) / 1e6);
  }
  return { seconds, values: values as T };
}

/** Times KS and PSI on every numeric pair and chi-square on every categorical pair. */
export function timeOurStatistics(columns: Columns, repeats: number): StatsRun {
  const pairs = columns.reference.map((ref, i) => [ref, columns.current[i]] as const);
  const numeric = pairs.filter(([ref]) => ref.type === 'numeric');
  const categorical = pairs.filter(([ref]) => ref.type !== 'numeric');
  const ks = bestOf(repeats, () =>
    numeric.map(([ref, cur]) => {
      const result = driftTest('ks', ref, cur);
      return [result.statistic, result.pValue] as [number, number | null];
    }),
  );
  const psi = bestOf(repeats, () => numeric.map(([ref, cur]) => driftTest('psi', ref, cur).statistic));
  const chi2 = bestOf(repeats, () =>
    categorical.map(([ref, cur]) => {
      const result = driftTest('chisquare', ref, cur);
      return [result.statistic, result.pValue] as [number, number | null];
    }),
  );
  return {
    seconds: { ks: ks.seconds, psi: psi.seconds, chi2: chi2.seconds },
    ks: ks.values,
    psi: psi.values,
    chi2: chi2.values,
  };
}

/** Largest relative difference of statistics and absolute difference of p-values, per statistic. */
export function agreement(
  ours: StatsRun,
  theirs: StatsRun,
): Record<'ks' | 'psi' | 'chi2', { statistic: number; pValue: number }> {
  const rel = (a: number, b: number) =>
    a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);
  const compare = (a: [number, number | null][], b: [number, number | null][]) => ({
    statistic: Math.max(...a.map(([s], i) => rel(s, b[i][0]))),
    pValue: Math.max(...a.map(([, p], i) => Math.abs((p ?? Number.NaN) - (b[i][1] ?? Number.NaN)))),
  });
  return {
    ks: compare(ours.ks, theirs.ks),
    psi: { statistic: Math.max(...ours.psi.map((s, i) => rel(s, theirs.psi[i]))), pValue: 0 },
    chi2: compare(ours.chi2, theirs.chi2),
  };
}

/** The built worker script: the pool runs the product's JavaScript, as the CLI does. */
const WORKER_JS = join(__dirname, '..', 'dist', 'parallel', 'worker.js');

export interface CombinedRun {
  /** One sort per column, on the main thread. */
  sequential: Timing;
  /** The same tasks over `threads` worker threads, pool start and close included. */
  parallel: Timing;
  threads: number;
  /** Whether the three paths (driftTest per statistic, one sort, threads) gave identical numbers. */
  identical: boolean;
}

/** KS + PSI per numeric column and chi-square per categorical column as one task per column. */
function combinedTasks(columns: Columns): DriftTask[] {
  return columns.reference.map((reference, i) => ({
    name: `column ${i}`,
    reference,
    current: columns.current[i],
    requests:
      reference.type === 'numeric' ? [{ method: 'ks' }, { method: 'psi' }] : [{ method: 'chisquare' }],
  }));
}

async function bestOfAsync<T>(
  repeats: number,
  pass: () => Promise<T>,
): Promise<{ seconds: Timing; values: T }> {
  const seconds = { wall: Infinity, cpu: Infinity };
  let values: T | undefined;
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage(); // the whole process: every thread's CPU time
    values = await pass();
    const cpu = process.cpuUsage(cpuStart);
    seconds.wall = Math.min(seconds.wall, Number(process.hrtime.bigint() - start) / 1e9);
    seconds.cpu = Math.min(seconds.cpu, (cpu.user + cpu.system) / 1e6);
  }
  return { seconds, values: values as T };
}

/** Times every column's statistics on one sort, here and on `threads` worker threads. */
export async function timeCombined(
  columns: Columns,
  repeats: number,
  threads: number,
  single: StatsRun,
): Promise<CombinedRun> {
  const tasks = combinedTasks(columns);
  const sequential = await bestOfAsync(repeats, () => runDriftTasks(tasks, null));
  const parallel = await bestOfAsync(repeats, async () => {
    const pool = new WorkerPool({ size: threads, entry: WORKER_JS, execArgv: [] }); // plain node, as the CLI
    try {
      return await runDriftTasks(tasks, pool);
    } finally {
      await pool.close();
    }
  });
  return {
    sequential: sequential.seconds,
    parallel: parallel.seconds,
    threads,
    identical:
      JSON.stringify(parallel.values) === JSON.stringify(sequential.values) &&
      sameAsSingle(sequential.values, single),
  };
}

/** Whether the one-sort outcomes carry exactly the numbers of the one-statistic-per-call run. */
function sameAsSingle(outcomes: DriftOutcome[][], single: StatsRun): boolean {
  const values = outcomes.map((column) =>
    column.map((o) => (o.ok ? [o.result.statistic, o.result.pValue] : null)),
  );
  const numeric = values.filter((column) => column.length === 2);
  const categorical = values.filter((column) => column.length === 1);
  return (
    JSON.stringify(numeric.map((c) => c[0])) === JSON.stringify(single.ks) &&
    JSON.stringify(numeric.map((c) => c[1]?.[0])) === JSON.stringify(single.psi) &&
    JSON.stringify(categorical.map((c) => c[0])) === JSON.stringify(single.chi2)
  );
}
