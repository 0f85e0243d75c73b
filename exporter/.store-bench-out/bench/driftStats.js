"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readBenchColumns = readBenchColumns;
exports.timeOurStatistics = timeOurStatistics;
exports.agreement = agreement;
/**
 * The mlhealth side of the statistics race: `driftTest` per column on in-memory columns read from the
 * same raw binaries the scipy script reads, best of N passes, plus the agreement check between the two.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const stats_1 = require("../src/stats");
/** Reads the numeric columns and the categorical counts the benchmark wrote for `prefix`. */
function readColumns(dir, prefix, manifest, sizes) {
    const bytes = (0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, `${prefix}_numeric.f64`));
    const flat = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
    const columns = [];
    let at = 0;
    for (const size of sizes) {
        columns.push({ type: 'numeric', values: flat.slice(at, at + size) });
        at += size;
    }
    const codeBytes = (0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, `${prefix}_categorical.i32`));
    const codes = new Int32Array(codeBytes.buffer, codeBytes.byteOffset, codeBytes.byteLength / 4);
    manifest.categoryCounts.forEach((k, c) => {
        const counts = new Array(k).fill(0);
        for (let i = c * manifest.rows; i < (c + 1) * manifest.rows; i++)
            if (codes[i] >= 0)
                counts[codes[i]]++;
        const map = new Map();
        counts.forEach((n, code) => n > 0 && map.set(`c${c}_v${code}`, n));
        columns.push({ type: 'categorical', counts: map });
    });
    return columns;
}
function readBenchColumns(dir, manifest) {
    return {
        reference: readColumns(dir, 'reference', manifest, manifest.numericSizes.reference),
        current: readColumns(dir, 'current', manifest, manifest.numericSizes.current),
    };
}
function bestOf(repeats, pass) {
    // Best of `repeats` passes on both sides: the first pass also pays for V8 compiling the hot code.
    // CPU time is reported beside wall time because the machine may be shared.
    const seconds = { wall: Infinity, cpu: Infinity };
    let values;
    for (let r = 0; r < repeats; r++) {
        const start = process.hrtime.bigint();
        const cpuStart = process.cpuUsage();
        values = pass();
        const cpu = process.cpuUsage(cpuStart);
        seconds.wall = Math.min(seconds.wall, Number(process.hrtime.bigint() - start) / 1e9);
        seconds.cpu = Math.min(seconds.cpu, (cpu.user + cpu.system) / 1e6);
    }
    return { seconds, values: values };
}
/** Times KS and PSI on every numeric pair and chi-square on every categorical pair. */
function timeOurStatistics(columns, repeats) {
    const pairs = columns.reference.map((ref, i) => [ref, columns.current[i]]);
    const numeric = pairs.filter(([ref]) => ref.type === 'numeric');
    const categorical = pairs.filter(([ref]) => ref.type !== 'numeric');
    const ks = bestOf(repeats, () => numeric.map(([ref, cur]) => {
        const result = (0, stats_1.driftTest)('ks', ref, cur);
        return [result.statistic, result.pValue];
    }));
    const psi = bestOf(repeats, () => numeric.map(([ref, cur]) => (0, stats_1.driftTest)('psi', ref, cur).statistic));
    const chi2 = bestOf(repeats, () => categorical.map(([ref, cur]) => {
        const result = (0, stats_1.driftTest)('chisquare', ref, cur);
        return [result.statistic, result.pValue];
    }));
    return {
        seconds: { ks: ks.seconds, psi: psi.seconds, chi2: chi2.seconds },
        ks: ks.values,
        psi: psi.values,
        chi2: chi2.values,
    };
}
/** Largest relative difference of statistics and absolute difference of p-values, per statistic. */
function agreement(ours, theirs) {
    const rel = (a, b) => a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);
    const compare = (a, b) => ({
        statistic: Math.max(...a.map(([s], i) => rel(s, b[i][0]))),
        pValue: Math.max(...a.map(([, p], i) => Math.abs((p ?? Number.NaN) - (b[i][1] ?? Number.NaN)))),
    });
    return {
        ks: compare(ours.ks, theirs.ks),
        psi: { statistic: Math.max(...ours.psi.map((s, i) => rel(s, theirs.psi[i]))), pValue: 0 },
        chi2: compare(ours.chi2, theirs.chi2),
    };
}
//# sourceMappingURL=driftStats.js.map