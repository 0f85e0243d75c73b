"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readJsonl = readJsonl;
/**
 * Streams a JSON Lines file (one JSON object per line) into columns. The columns are the keys of all
 * rows, in order of first appearance; a row without a key, or with `null`, is missing there. Strings are
 * read like CSV cells (`"1.5"` is a number, `"NaN"` is missing), booleans are the categories `true` and
 * `false`; nested objects and arrays are rejected. Blank lines are skipped.
 */
const node_fs_1 = require("node:fs");
const node_readline_1 = require("node:readline");
const columnAccumulator_1 = require("./columnAccumulator");
const dataset_1 = require("./dataset");
const datasetError_1 = require("./datasetError");
const readCsv_1 = require("./readCsv");
/** Reads `path` as JSON Lines; throws DatasetError naming `source`, line, row and column for bad input. */
async function readJsonl(path, source, options = {}) {
    const columns = [];
    const accumulators = new Map();
    let line = 0;
    let rows = 0;
    const lines = (0, node_readline_1.createInterface)({ input: (0, node_fs_1.createReadStream)(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const rawText of lines) {
        line++;
        const text = line === 1 ? rawText.replace(/^\ufeff/, '') : rawText;
        if (text.trim() === '')
            continue;
        const row = ++rows;
        const object = parseObject(text, source, line, row);
        for (const key of Object.keys(object)) {
            let acc = accumulators.get(key);
            if (acc === undefined) {
                acc = (0, dataset_1.isWanted)(options, key) ? new columnAccumulator_1.ColumnAccumulator(options.types?.get(key)) : null;
                accumulators.set(key, acc);
                columns.push(key);
            }
            if (acc !== null)
                addJsonValue(acc, object[key], { source, line, row, key });
        }
    }
    if (rows === 0)
        throw new datasetError_1.DatasetError(source, 'the file has no rows (it is empty)');
    (0, dataset_1.checkRequestedColumns)(source, columns, options);
    const data = new Map();
    for (const [key, acc] of accumulators)
        if (acc !== null)
            data.set(key, acc.finish(rows));
    return { source, columns, data, rows };
}
function parseObject(text, source, line, row) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new datasetError_1.DatasetError(source, `invalid JSON (${err.message})`, { line, row });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
        throw new datasetError_1.DatasetError(source, `expected a JSON object per line, found ${kind}`, { line, row });
    }
    return value;
}
function addJsonValue(acc, value, at) {
    try {
        if (value === null)
            acc.addMissing();
        else if (typeof value === 'number') {
            if (!Number.isFinite(value))
                acc.addMissing(); // 1e999 parses to Infinity
            else if (acc.keepsText)
                acc.addText(String(value));
            else
                acc.addNumber(value);
        }
        else if (typeof value === 'string')
            (0, readCsv_1.addCellText)(acc, value);
        else if (typeof value === 'boolean')
            acc.addText(String(value));
        else
            throw new Error(`nested ${Array.isArray(value) ? 'arrays' : 'objects'} are not supported; flatten the field`);
    }
    catch (err) {
        throw new datasetError_1.DatasetError(at.source, err.message, { line: at.line, row: at.row, column: at.key });
    }
}
//# sourceMappingURL=readJsonl.js.map