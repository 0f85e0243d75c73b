/**
 * `npm run bench:drift`: prints how fast mlhealth's drift statistics and CLI are on 356 000 rows × 100
 * columns (the size at which users report Evidently taking 23 minutes, evidentlyai/evidently#763).
 *
 * 1. Generates (seeded, reused when present) a reference and a current table into exporter/bench/out/drift/.
 * 2. Times the statistics (KS + PSI per numeric column, chi-square per categorical column) on in-memory
 *    columns against scipy.stats.ks_2samp + numpy PSI + scipy.stats.chi2_contingency on the same columns
 *    (drift_scipy.py, started once per round), best of N rounds in which the two sides take turns, and
 *    checks the two agree: `driftTest` once per statistic and column, then every statistic of a column
 *    on one sort, on the main thread and on a pool of worker threads (wall and CPU time: CPU counts
 *    every thread of the process).
 * 3. Times the built CLI end to end on the two CSV files and measures its peak RSS.
 * Targets: all statistics ≤ 0.35× scipy's wall time (worker threads allowed); CLI ≤ 5 s and ≤ 2 GB.
 * A script that prints figures, not a test.
 *
 * Options: --rows N (356000) --seed S (763) --repeats R (3) --workers N (available parallelism) --skip-cli
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { driftedColumnNames, generateTable } from './driftData';
import { MANIFEST_VERSION, writeTable, type Manifest } from './driftFiles';
import { workerCount } from '../src/parallel';
import { runCliTimed } from './driftCli';
import {
  agreement,
  readBenchColumns,
  timeCombined,
  timeOurStatistics,
  type CombinedRun,
  type StatsRun,
  type Timing,
} from './driftStats';

const OUT = join(__dirname, 'out', 'drift');
const MAIN_JS = join(__dirname, '..', 'dist', 'cli', 'main.js');

function prepareData(rows: number, seed: number): Manifest {
  const manifestPath = join(OUT, 'manifest.json');
  if (existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (
      old.version === MANIFEST_VERSION &&
      old.rows === rows &&
      old.seed === seed &&
      existsSync(join(OUT, 'current.csv'))
    ) {
      console.log(`data: reusing ${OUT} (${rows} rows, seed ${seed})`);
      return old;
    }
  }
  mkdirSync(OUT, { recursive: true });
  const start = Date.now();
  const reference = generateTable(rows, seed);
  const referenceSizes = writeTable(OUT, 'reference', reference);
  const current = generateTable(rows, seed, reference);
  const currentSizes = writeTable(OUT, 'current', current);
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    rows,
    seed,
    numericNames: reference.numericNames,
    categoricalNames: reference.categoricalNames,
    categoryCounts: reference.categories.map((labels) => labels.length),
    numericSizes: { reference: referenceSizes, current: currentSizes },
    drifted: driftedColumnNames(reference),
  };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  console.log(
    `data: generated ${rows} rows x 100 columns per file in ${((Date.now() - start) / 1000).toFixed(1)} s into ${OUT}`,
  );
  return manifest;
}

const best = (a: Timing, b: Timing): Timing => ({
  wall: Math.min(a.wall, b.wall),
  cpu: Math.min(a.cpu, b.cpu),
});

function bestSeconds(a: StatsRun['seconds'], b: StatsRun['seconds']): StatsRun['seconds'] {
  return { ks: best(a.ks, b.ks), psi: best(a.psi, b.psi), chi2: best(a.chi2, b.chi2) };
}

function bestCombined(a: CombinedRun, b: CombinedRun): CombinedRun {
  return {
    sequential: best(a.sequential, b.sequential),
    parallel: best(a.parallel, b.parallel),
    threads: a.threads,
    identical: a.identical && b.identical,
  };
}

function runScipy(repeats: number): StatsRun & { versions: string } {
  const env = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const child = spawnSync('python3', [join(__dirname, 'drift_scipy.py'), OUT, String(repeats)], {
    encoding: 'utf8',
    env,
    maxBuffer: 64 << 20,
  });
  if (child.status !== 0) throw new Error(`drift_scipy.py failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout) as StatsRun & { versions: string };
}

function printStatistics(
  ours: StatsRun,
  combined: CombinedRun,
  theirs: StatsRun & { versions: string },
  repeats: number,
): void {
  const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`.padStart(9);
  const row = (label: string, a: Timing, b: Timing) =>
    console.log(
      `  ${label.padEnd(27)} ${ms(a.wall)} ${ms(a.cpu)}   ${ms(b.wall)} ${ms(b.cpu)}   ` +
        `${(a.wall / b.wall).toFixed(2).padStart(5)}x ${(a.cpu / b.cpu).toFixed(2).padStart(5)}x`,
    );
  console.log(
    `\nstatistics on in-memory columns, best of ${repeats} rounds, the two sides taking turns (${theirs.versions}; Node ${process.version})`,
  );
  console.log(
    `  ${''.padEnd(27)} ${'mlhealth'.padStart(19)}   ${'scipy/numpy'.padStart(19)}   ${'ratio'.padStart(12)}`,
  );
  console.log(
    `  ${'statistic'.padEnd(27)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)}   ${'wall'.padStart(9)} ${'cpu'.padStart(9)}   ${'wall'.padStart(6)} ${'cpu'.padStart(6)}`,
  );
  row('KS, 80 numeric columns', ours.seconds.ks, theirs.seconds.ks);
  row('PSI, 80 numeric columns', ours.seconds.psi, theirs.seconds.psi);
  row('chi-square, 20 categorical', ours.seconds.chi2, theirs.seconds.chi2);
  const total = (s: StatsRun['seconds']): Timing => ({
    wall: s.ks.wall + s.psi.wall + s.chi2.wall,
    cpu: s.ks.cpu + s.psi.cpu + s.chi2.cpu,
  });
  row('total, a sort per statistic', total(ours.seconds), total(theirs.seconds));
  row('total, one sort per column', combined.sequential, total(theirs.seconds));
  row(`  on ${combined.threads} worker threads`, combined.parallel, total(theirs.seconds));
  console.log(
    `  target: all statistics <= 0.35x scipy's wall time; the three mlhealth paths give identical numbers: ${combined.identical ? 'yes' : 'NO'}`,
  );
  const agree = agreement(ours, theirs);
  console.log(
    `  agreement: KS statistic rel ${agree.ks.statistic.toExponential(1)}, p abs ${agree.ks.pValue.toExponential(1)}; ` +
      `PSI rel ${agree.psi.statistic.toExponential(1)}; chi-square rel ${agree.chi2.statistic.toExponential(1)}, p abs ${agree.chi2.pValue.toExponential(1)}`,
  );
}

function printCli(manifest: Manifest): void {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run 'npm run build -w exporter' first`);
  const args = [
    '--reference',
    join(OUT, 'reference.csv'),
    '--current',
    join(OUT, 'current.csv'),
    '--format',
    'json',
  ];
  const run = runCliTimed(MAIN_JS, args, OUT);
  console.log(`\nend-to-end CLI: ${run.command}`);
  if (run.exitCode !== 0) throw new Error(`the CLI exited ${run.exitCode}: ${run.stderr}`);
  const cpu = Number.isNaN(run.cpuSeconds) ? '' : `, CPU ${run.cpuSeconds.toFixed(1)} s`;
  console.log(
    `  wall time ${run.wallSeconds.toFixed(1)} s (target <= 5 s)${cpu}, ` +
      `peak RSS ${run.peakRssMiB.toFixed(0)} MiB (target <= 2048 MiB; ${run.rssSource})`,
  );
  const load = run.loadBefore.map((l) => l.toFixed(2)).join(' ');
  console.log(
    `  load average when it started: ${load} on ${cpus().length} CPU(s) (the machine may be shared)`,
  );
  const report = JSON.parse(run.stdout) as {
    features: { name: string; method: string; drifted: boolean | null }[];
  };
  const found = report.features.filter((f) => f.drifted === true).map((f) => f.name);
  const planted = new Set(manifest.drifted);
  const missed = manifest.drifted.filter((name) => !found.includes(name));
  const extra = found.filter((name) => !planted.has(name));
  const methods = [...new Set(report.features.map((f) => f.method))].join(', ');
  console.log(
    `  methods chosen: ${methods}; drifted found ${found.length}, planted ${planted.size}, missed [${missed.join(', ')}], unexpected [${extra.join(', ')}]`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '356000' },
      seed: { type: 'string', default: '763' },
      repeats: { type: 'string', default: '3' },
      workers: { type: 'string' },
      'skip-cli': { type: 'boolean', default: false },
    },
  });
  const rows = Number(values.rows);
  const repeats = Number(values.repeats);
  const threads = workerCount(values.workers === undefined ? undefined : Number(values.workers));
  console.log(`bench:drift on ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'})`);
  const manifest = prepareData(rows, Number(values.seed));
  const columns = readBenchColumns(OUT, manifest);
  const load = loadavg();
  // The two sides take turns, one pass each per round, so a shared machine's load weighs on both alike;
  // each figure is the best of its `repeats` passes.
  let ours: StatsRun | undefined;
  let combined: CombinedRun | undefined;
  let theirs: (StatsRun & { versions: string }) | undefined;
  for (let round = 0; round < repeats; round++) {
    const single = timeOurStatistics(columns, 1);
    const oneSort = await timeCombined(columns, 1, threads, single);
    ours = ours === undefined ? single : { ...single, seconds: bestSeconds(ours.seconds, single.seconds) };
    combined = combined === undefined ? oneSort : bestCombined(combined, oneSort);
    const scipy = runScipy(1);
    theirs = theirs === undefined ? scipy : { ...scipy, seconds: bestSeconds(theirs.seconds, scipy.seconds) };
  }
  if (ours === undefined || combined === undefined || theirs === undefined)
    throw new Error('--repeats must be >= 1');
  printStatistics(ours, combined, theirs, repeats);
  console.log(
    `  load average when the statistics started: ${load.map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} CPU(s) (threads help only with idle cores)`,
  );
  if (!values['skip-cli']) printCli(manifest);
}

void main();
