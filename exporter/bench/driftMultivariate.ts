/**
 * The multivariate drift benchmark (issue 14): PCA data-reconstruction drift on 356 000 rows × 80
 * numeric columns (the numeric half of `bench:drift`'s seeded tables, 1 % missing cells in a few
 * columns), mlhealth's `pcaReconstructionDrift` against drift_multivariate_numpy.py on the same data
 * (numpy eigh, the same encoding and band), best of N passes each, wall and CPU time, and the two results
 * compared. A script that prints figures, not a test; the machine's other load shows in the numbers.
 *
 * Run: npx tsx exporter/bench/driftMultivariate.ts [--rows N (356000)] [--seed S (763)] [--repeats R (3)]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pcaReconstructionDrift, type MultivariateSample, type PcaDriftResult } from '../src/stats';
import { generateTable, type BenchTable } from './driftData';

const OUT = join(__dirname, 'out', 'drift-multivariate');

interface Timing {
  wall: number;
  cpu: number;
}

interface NumpyRun extends Timing {
  components: number;
  reference_error: number;
  statistic: number;
  lower: number;
  upper: number;
}

function numericSample(table: BenchTable, rows: number): MultivariateSample {
  const columns = table.numericNames.map((name, j) => ({
    name,
    kind: 'numeric' as const,
    values: table.numeric[j],
  }));
  return { rows, columns };
}

/** Column-major float64, NaN for missing: what the numpy script reads. */
function writeMatrix(path: string, sample: MultivariateSample): void {
  const out = new Float64Array(sample.rows * sample.columns.length);
  sample.columns.forEach((column, j) => {
    for (let i = 0; i < sample.rows; i++) out[j * sample.rows + i] = column.values[i] as number;
  });
  writeFileSync(path, out);
}

function timeOurs(reference: MultivariateSample, current: MultivariateSample, repeats: number) {
  let best: Timing = { wall: Infinity, cpu: Infinity };
  let result: PcaDriftResult | undefined;
  for (let r = 0; r < repeats; r++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    result = pcaReconstructionDrift(reference, current);
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    best = { wall: Math.min(best.wall, wall), cpu: Math.min(best.cpu, (cpu.user + cpu.system) / 1e6) };
  }
  return { best, result: result as PcaDriftResult };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '356000' },
      seed: { type: 'string', default: '763' },
      repeats: { type: 'string', default: '3' },
    },
  });
  const rows = Number(values.rows);
  const repeats = Number(values.repeats);
  const start = Date.now();
  const referenceTable = generateTable(rows, Number(values.seed));
  const reference = numericSample(referenceTable, rows);
  const current = numericSample(generateTable(rows, Number(values.seed), referenceTable), rows);
  mkdirSync(OUT, { recursive: true });
  writeMatrix(join(OUT, 'reference.f64'), reference);
  writeMatrix(join(OUT, 'current.f64'), current);
  console.log(
    `data: ${rows} rows x ${reference.columns.length} numeric columns per table, ${((Date.now() - start) / 1000).toFixed(1)} s`,
  );

  const ours = timeOurs(reference, current, repeats);
  const child = spawnSync(
    'python3',
    [
      join(__dirname, 'drift_multivariate_numpy.py'),
      OUT,
      String(rows),
      String(reference.columns.length),
      String(repeats),
    ],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`drift_multivariate_numpy.py failed: ${child.stderr}`);
  const numpy = JSON.parse(child.stdout) as NumpyRun;

  const r = ours.result;
  const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);
  const agreement = Math.max(
    rel(r.statistic, numpy.statistic),
    rel(r.referenceError, numpy.reference_error),
    rel(r.lower, numpy.lower),
    rel(r.upper, numpy.upper),
  );
  console.log(
    `pca reconstruction: k = ${r.components} (numpy ${numpy.components}), error ${r.statistic.toPrecision(8)} vs band [${r.lower.toPrecision(8)}, ${r.upper.toPrecision(8)}], drifted ${r.drifted}`,
  );
  console.log(
    `agreement with numpy: largest relative difference ${agreement.toExponential(2)} (statistic, reference error, band)`,
  );
  console.log(
    `mlhealth: wall ${ours.best.wall.toFixed(3)} s, cpu ${ours.best.cpu.toFixed(3)} s (best of ${repeats})`,
  );
  console.log(
    `numpy:    wall ${numpy.wall.toFixed(3)} s, cpu ${numpy.cpu.toFixed(3)} s (best of ${repeats})`,
  );
  console.log(
    `ratio mlhealth / numpy: wall ${(ours.best.wall / numpy.wall).toFixed(2)}x, cpu ${(ours.best.cpu / numpy.cpu).toFixed(2)}x`,
  );
}

main();
