"use strict";
/**
 * The benchmark's seeded datasets: a reference and a current table of 80 numeric columns (eight
 * distribution shapes) and 20 categorical columns (3 to 40 categories, Zipf-like), with a known subset
 * drifted in the current table and a few columns with 1 % missing cells.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DRIFTED_CATEGORICAL = exports.DRIFTED_NUMERIC = exports.CATEGORICAL_COLUMNS = exports.NUMERIC_COLUMNS = void 0;
exports.generateTable = generateTable;
exports.driftedColumnNames = driftedColumnNames;
exports.NUMERIC_COLUMNS = 80;
exports.CATEGORICAL_COLUMNS = 20;
/** Numeric columns drifted in the current table: even positions shift by half a reference SD, odd ones scale by 1.5. */
exports.DRIFTED_NUMERIC = [2, 13, 24, 35, 46, 57, 68, 79];
/** Categorical columns whose category weights are reversed in the current table. */
exports.DRIFTED_CATEGORICAL = [4, 13];
const KINDS = [
    'normal',
    'lognormal',
    'uniform',
    'exponential',
    'student3',
    'bimodal',
    'poisson4',
    'int0to9',
];
const INTEGER_KINDS = new Set(['poisson4', 'int0to9']);
/** mulberry32: a small, fast 32-bit generator; deterministic for a seed. */
function random(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function normal(rand) {
    return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}
function draw(kind, rand, j) {
    switch (kind) {
        case 'normal':
            return j + (1 + (j % 3)) * normal(rand);
        case 'lognormal':
            return Math.exp(1 + 0.6 * normal(rand));
        case 'uniform':
            return 100 * rand();
        case 'exponential':
            return -Math.log(1 - rand()) / 0.5;
        case 'student3': {
            const chi = normal(rand) ** 2 + normal(rand) ** 2 + normal(rand) ** 2;
            return normal(rand) / Math.sqrt(chi / 3);
        }
        case 'bimodal':
            return rand() < 0.3 ? -2 + 0.5 * normal(rand) : 2 + normal(rand);
        case 'poisson4': {
            let k = 0;
            for (let p = rand(), limit = Math.exp(-4); p > limit; p *= rand())
                k++;
            return k;
        }
        case 'int0to9':
            return Math.floor(10 * rand());
    }
}
/** Mean and SD of the finite values of `values`. */
function moments(values) {
    let n = 0;
    let sum = 0;
    let squares = 0;
    for (const v of values) {
        if (Number.isNaN(v))
            continue;
        n++;
        sum += v;
        squares += v * v;
    }
    const mean = sum / n;
    return { mean, sd: Math.sqrt(Math.max(squares / n - mean * mean, 0)) };
}
function numericColumn(j, rows, seed, reference) {
    const kind = KINDS[j % KINDS.length];
    const rand = random(seed * 1000003 + j * 7919 + (reference === undefined ? 1 : 2));
    const out = new Float64Array(rows);
    const drift = reference !== undefined && exports.DRIFTED_NUMERIC.includes(j);
    const { mean, sd } = drift ? moments(reference) : { mean: 0, sd: 0 };
    const quantize = (x) => (INTEGER_KINDS.has(kind) ? Math.round(x) : Math.round(x * 1e4) / 1e4);
    for (let i = 0; i < rows; i++) {
        let x = draw(kind, rand, j);
        if (drift)
            x = exports.DRIFTED_NUMERIC.indexOf(j) % 2 === 0 ? x + 0.5 * sd : mean + 1.5 * (x - mean);
        out[i] = j % 10 === 9 && rand() < 0.01 ? Number.NaN : quantize(x);
    }
    return out;
}
function categoricalColumn(c, rows, seed, current) {
    const k = 3 + ((c * 7) % 38);
    const labels = Array.from({ length: k }, (_, i) => `c${c}_v${i}`);
    const weights = labels.map((_, i) => 1 / (i + 1));
    if (current && exports.DRIFTED_CATEGORICAL.includes(c))
        weights.reverse();
    const total = weights.reduce((a, b) => a + b, 0);
    const cumulative = [];
    weights.reduce((acc, w) => (cumulative.push((acc + w) / total), acc + w), 0);
    const rand = random(seed * 1000003 + 500000 + c * 7919 + (current ? 2 : 1));
    const codes = new Int32Array(rows);
    for (let i = 0; i < rows; i++) {
        const u = rand();
        let code = 0;
        while (code < k - 1 && u >= cumulative[code])
            code++;
        codes[i] = c % 7 === 3 && rand() < 0.01 ? -1 : code;
    }
    return { labels, codes };
}
/** Generates one table; `reference` given means this is the current table (drift applied). */
function generateTable(rows, seed, reference) {
    const numericNames = Array.from({ length: exports.NUMERIC_COLUMNS }, (_, j) => `n${String(j).padStart(2, '0')}_${KINDS[j % KINDS.length]}`);
    const numeric = numericNames.map((_, j) => numericColumn(j, rows, seed, reference?.numeric[j]));
    const categoricalNames = Array.from({ length: exports.CATEGORICAL_COLUMNS }, (_, c) => `c${String(c).padStart(2, '0')}`);
    const categorical = categoricalNames.map((_, c) => categoricalColumn(c, rows, seed, reference !== undefined));
    return {
        numericNames,
        numeric,
        categoricalNames,
        categories: categorical.map((column) => column.labels),
        codes: categorical.map((column) => column.codes),
    };
}
/** Names of the columns drifted by construction. */
function driftedColumnNames(table) {
    return [
        ...exports.DRIFTED_NUMERIC.map((j) => table.numericNames[j]),
        ...exports.DRIFTED_CATEGORICAL.map((c) => table.categoricalNames[c]),
    ];
}
//# sourceMappingURL=driftData.js.map