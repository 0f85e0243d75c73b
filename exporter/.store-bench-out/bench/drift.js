"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `npm run bench:drift`: prints how fast mlhealth's drift statistics and CLI are on 356 000 rows × 100
 * columns (the size at which users report Evidently taking 23 minutes, evidentlyai/evidently#763).
 *
 * 1. Generates (seeded, reused when present) a reference and a current table into exporter/bench/out/drift/.
 * 2. Times `driftTest` (KS + PSI per numeric column, chi-square per categorical column) on in-memory
 *    columns against scipy.stats.ks_2samp + numpy PSI + scipy.stats.chi2_contingency on the same columns
 *    (drift_scipy.py, started here), best of N passes each, and checks the two agree.
 * 3. Times the built CLI end to end on the two CSV files and measures its peak RSS.
 * Targets: ours ≤ 1.0× scipy; CLI ≤ 30 s and ≤ 2 GB. A script that prints figures, not a test.
 *
 * Options: --rows N (356000) --seed S (763) --repeats R (3) --skip-cli
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const node_util_1 = require("node:util");
const driftData_1 = require("./driftData");
const driftFiles_1 = require("./driftFiles");
const driftCli_1 = require("./driftCli");
const driftStats_1 = require("./driftStats");
const OUT = (0, node_path_1.join)(__dirname, 'out', 'drift');
const MAIN_JS = (0, node_path_1.join)(__dirname, '..', 'dist', 'cli', 'main.js');
function prepareData(rows, seed) {
    const manifestPath = (0, node_path_1.join)(OUT, 'manifest.json');
    if ((0, node_fs_1.existsSync)(manifestPath)) {
        const old = JSON.parse((0, node_fs_1.readFileSync)(manifestPath, 'utf8'));
        if (old.version === driftFiles_1.MANIFEST_VERSION &&
            old.rows === rows &&
            old.seed === seed &&
            (0, node_fs_1.existsSync)((0, node_path_1.join)(OUT, 'current.csv'))) {
            console.log(`data: reusing ${OUT} (${rows} rows, seed ${seed})`);
            return old;
        }
    }
    (0, node_fs_1.mkdirSync)(OUT, { recursive: true });
    const start = Date.now();
    const reference = (0, driftData_1.generateTable)(rows, seed);
    const referenceSizes = (0, driftFiles_1.writeTable)(OUT, 'reference', reference);
    const current = (0, driftData_1.generateTable)(rows, seed, reference);
    const currentSizes = (0, driftFiles_1.writeTable)(OUT, 'current', current);
    const manifest = {
        version: driftFiles_1.MANIFEST_VERSION,
        rows,
        seed,
        numericNames: reference.numericNames,
        categoricalNames: reference.categoricalNames,
        categoryCounts: reference.categories.map((labels) => labels.length),
        numericSizes: { reference: referenceSizes, current: currentSizes },
        drifted: (0, driftData_1.driftedColumnNames)(reference),
    };
    (0, node_fs_1.writeFileSync)(manifestPath, JSON.stringify(manifest, null, 2));
    console.log(`data: generated ${rows} rows x 100 columns per file in ${((Date.now() - start) / 1000).toFixed(1)} s into ${OUT}`);
    return manifest;
}
function runScipy(repeats) {
    const env = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
    const child = (0, node_child_process_1.spawnSync)('python3', [(0, node_path_1.join)(__dirname, 'drift_scipy.py'), OUT, String(repeats)], {
        encoding: 'utf8',
        env,
        maxBuffer: 64 << 20,
    });
    if (child.status !== 0)
        throw new Error(`drift_scipy.py failed (${child.status}): ${child.stderr}`);
    return JSON.parse(child.stdout);
}
function printStatistics(ours, theirs, repeats) {
    const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`.padStart(9);
    const row = (label, a, b) => console.log(`  ${label.padEnd(27)} ${ms(a.wall)} ${ms(a.cpu)}   ${ms(b.wall)} ${ms(b.cpu)}   ` +
        `${(a.wall / b.wall).toFixed(2).padStart(5)}x ${(a.cpu / b.cpu).toFixed(2).padStart(5)}x`);
    console.log(`\nstatistics on in-memory columns, best of ${repeats} passes (${theirs.versions}; Node ${process.version})`);
    console.log(`  ${''.padEnd(27)} ${'mlhealth'.padStart(19)}   ${'scipy/numpy'.padStart(19)}   ${'ratio'.padStart(12)}`);
    console.log(`  ${'statistic'.padEnd(27)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)}   ${'wall'.padStart(9)} ${'cpu'.padStart(9)}   ${'wall'.padStart(6)} ${'cpu'.padStart(6)}`);
    row('KS, 80 numeric columns', ours.seconds.ks, theirs.seconds.ks);
    row('PSI, 80 numeric columns', ours.seconds.psi, theirs.seconds.psi);
    row('chi-square, 20 categorical', ours.seconds.chi2, theirs.seconds.chi2);
    const total = (s) => ({
        wall: s.ks.wall + s.psi.wall + s.chi2.wall,
        cpu: s.ks.cpu + s.psi.cpu + s.chi2.cpu,
    });
    row('total', total(ours.seconds), total(theirs.seconds));
    const agree = (0, driftStats_1.agreement)(ours, theirs);
    console.log(`  agreement: KS statistic rel ${agree.ks.statistic.toExponential(1)}, p abs ${agree.ks.pValue.toExponential(1)}; ` +
        `PSI rel ${agree.psi.statistic.toExponential(1)}; chi-square rel ${agree.chi2.statistic.toExponential(1)}, p abs ${agree.chi2.pValue.toExponential(1)}`);
}
function printCli(manifest) {
    if (!(0, node_fs_1.existsSync)(MAIN_JS))
        throw new Error(`${MAIN_JS} is missing: run 'npm run build -w exporter' first`);
    const args = [
        '--reference',
        (0, node_path_1.join)(OUT, 'reference.csv'),
        '--current',
        (0, node_path_1.join)(OUT, 'current.csv'),
        '--format',
        'json',
    ];
    const run = (0, driftCli_1.runCliTimed)(MAIN_JS, args, OUT);
    console.log(`\nend-to-end CLI: ${run.command}`);
    if (run.exitCode !== 0)
        throw new Error(`the CLI exited ${run.exitCode}: ${run.stderr}`);
    const cpu = Number.isNaN(run.cpuSeconds) ? '' : `, CPU ${run.cpuSeconds.toFixed(1)} s`;
    console.log(`  wall time ${run.wallSeconds.toFixed(1)} s (target <= 30 s)${cpu}, ` +
        `peak RSS ${run.peakRssMiB.toFixed(0)} MiB (target <= 2048 MiB; ${run.rssSource})`);
    const load = run.loadBefore.map((l) => l.toFixed(2)).join(' ');
    console.log(`  load average when it started: ${load} on ${(0, node_os_1.cpus)().length} CPU(s) (the machine may be shared)`);
    const report = JSON.parse(run.stdout);
    const found = report.features.filter((f) => f.drifted === true).map((f) => f.name);
    const planted = new Set(manifest.drifted);
    const missed = manifest.drifted.filter((name) => !found.includes(name));
    const extra = found.filter((name) => !planted.has(name));
    const methods = [...new Set(report.features.map((f) => f.method))].join(', ');
    console.log(`  methods chosen: ${methods}; drifted found ${found.length}, planted ${planted.size}, missed [${missed.join(', ')}], unexpected [${extra.join(', ')}]`);
}
function main() {
    const { values } = (0, node_util_1.parseArgs)({
        options: {
            rows: { type: 'string', default: '356000' },
            seed: { type: 'string', default: '763' },
            repeats: { type: 'string', default: '3' },
            'skip-cli': { type: 'boolean', default: false },
        },
    });
    const rows = Number(values.rows);
    const repeats = Number(values.repeats);
    console.log(`bench:drift on ${(0, node_os_1.cpus)().length} CPU(s) (${(0, node_os_1.cpus)()[0]?.model ?? 'unknown'})`);
    const manifest = prepareData(rows, Number(values.seed));
    const columns = (0, driftStats_1.readBenchColumns)(OUT, manifest);
    const ours = (0, driftStats_1.timeOurStatistics)(columns, repeats);
    const theirs = runScipy(repeats);
    printStatistics(ours, theirs, repeats);
    if (!values['skip-cli'])
        printCli(manifest);
}
main();
//# sourceMappingURL=drift.js.map