"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MANIFEST_VERSION = void 0;
exports.writeTable = writeTable;
exports.presentValues = presentValues;
exports.categoryCountMap = categoryCountMap;
/**
 * Writes a benchmark table as CSV (what the CLI reads) and as raw binaries for the scipy script (what it
 * reads without parsing): per file, the non-missing float64 values of every numeric column one after the
 * other, and the int32 category codes of every categorical column (-1 missing). `manifest.json` says
 * how to cut them.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
exports.MANIFEST_VERSION = 1;
/** Writes `<prefix>.csv`, `<prefix>_numeric.f64` and `<prefix>_categorical.i32`; returns numeric sizes. */
function writeTable(dir, prefix, table) {
    writeCsv((0, node_path_1.join)(dir, `${prefix}.csv`), table);
    const sizes = writeNumericBinary((0, node_path_1.join)(dir, `${prefix}_numeric.f64`), table.numeric);
    const codes = new Int32Array(table.codes.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const column of table.codes) {
        codes.set(column, at);
        at += column.length;
    }
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, `${prefix}_categorical.i32`), new Uint8Array(codes.buffer));
    return sizes;
}
function writeCsv(path, table) {
    const fd = (0, node_fs_1.openSync)(path, 'w');
    try {
        (0, node_fs_1.writeSync)(fd, [...table.numericNames, ...table.categoricalNames].join(',') + '\n');
        const rows = table.numeric[0].length;
        const batch = 2000;
        for (let start = 0; start < rows; start += batch) {
            const lines = [];
            for (let i = start; i < Math.min(rows, start + batch); i++) {
                const cells = [];
                for (const column of table.numeric)
                    cells.push(Number.isNaN(column[i]) ? '' : String(column[i]));
                table.codes.forEach((column, c) => cells.push(column[i] < 0 ? '' : table.categories[c][column[i]]));
                lines.push(cells.join(','));
            }
            (0, node_fs_1.writeSync)(fd, lines.join('\n') + '\n');
        }
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
function writeNumericBinary(path, columns) {
    const sizes = columns.map((column) => column.reduce((n, v) => (Number.isNaN(v) ? n : n + 1), 0));
    const all = new Float64Array(sizes.reduce((a, b) => a + b, 0));
    let at = 0;
    for (const column of columns)
        for (const v of column)
            if (!Number.isNaN(v))
                all[at++] = v;
    (0, node_fs_1.writeFileSync)(path, new Uint8Array(all.buffer));
    return sizes;
}
/** The values of a numeric column without its missing cells. */
function presentValues(column) {
    return column.filter((v) => !Number.isNaN(v));
}
/** Category counts of a categorical column, keyed by label, missing cells left out. */
function categoryCountMap(labels, codes) {
    const counts = new Array(labels.length).fill(0);
    for (const code of codes)
        if (code >= 0)
            counts[code]++;
    return new Map(labels.map((label, i) => [label, counts[i]]).filter(([, n]) => n > 0));
}
//# sourceMappingURL=driftFiles.js.map