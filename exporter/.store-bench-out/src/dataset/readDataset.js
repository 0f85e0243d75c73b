"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatOf = formatOf;
exports.readDataset = readDataset;
/**
 * Opens a data file by its extension (`.csv`; `.jsonl`, `.ndjson`) and streams it into columns.
 * The single entry point of `dataset/` for commands.
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const datasetError_1 = require("./datasetError");
const readCsv_1 = require("./readCsv");
const readJsonl_1 = require("./readJsonl");
/** The format a path's extension names, or undefined. */
function formatOf(path) {
    const ext = (0, node_path_1.extname)(path).toLowerCase();
    if (ext === '.csv')
        return 'csv';
    if (ext === '.jsonl' || ext === '.ndjson')
        return 'jsonl';
    return undefined;
}
/**
 * Reads the data file at `path`, named `source` in messages (e.g. `reference data/ref.csv`).
 * Throws DatasetError for a missing, unreadable or empty file, an unknown extension, and bad content.
 */
async function readDataset(path, source, options = {}) {
    const format = formatOf(path);
    if (format === undefined) {
        throw new datasetError_1.DatasetError(source, `unknown file type '${(0, node_path_1.extname)(path) || '(none)'}': expected .csv, .jsonl or .ndjson`);
    }
    await checkFile(path, source);
    try {
        return await (format === 'csv' ? (0, readCsv_1.readCsv)(path, source, options) : (0, readJsonl_1.readJsonl)(path, source, options));
    }
    catch (err) {
        const code = err.code;
        if (err instanceof datasetError_1.DatasetError || code === undefined)
            throw err;
        throw new datasetError_1.DatasetError(source, `cannot read the file (${code})`);
    }
}
async function checkFile(path, source) {
    let size;
    try {
        const info = await (0, promises_1.stat)(path);
        if (info.isDirectory())
            throw new datasetError_1.DatasetError(source, 'is a directory, not a file');
        size = info.size;
    }
    catch (err) {
        if (err instanceof datasetError_1.DatasetError)
            throw err;
        const code = err.code;
        throw new datasetError_1.DatasetError(source, code === 'ENOENT' ? 'the file does not exist' : `cannot read the file (${code ?? String(err)})`);
    }
    if (size === 0)
        throw new datasetError_1.DatasetError(source, 'the file is empty');
}
//# sourceMappingURL=readDataset.js.map