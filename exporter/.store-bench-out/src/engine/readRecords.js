"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readRecordBatches = readRecordBatches;
exports.readAllRecords = readAllRecords;
/**
 * Streams the rows of a CSV (header row) or JSON Lines file as records, in batches, for reference files
 * named by the spec and for `mlhealth ingest FILE`. CSV cells stay text (the ingest layer reads them
 * leniently); JSON Lines rows are parsed objects. Memory: one batch at a time.
 */
const node_fs_1 = require("node:fs");
const promises_1 = require("node:fs/promises");
const node_readline_1 = require("node:readline");
const csv_parse_1 = require("csv-parse");
const dataset_1 = require("../dataset");
async function* csvRecords(path) {
    const input = (0, node_fs_1.createReadStream)(path);
    const parser = (0, csv_parse_1.parse)({
        columns: true,
        skip_empty_lines: true,
        bom: true,
        trim: true,
        relax_column_count: false,
    });
    // pipe() does not forward read errors: without this a failing read would leave the parser waiting.
    input.on('error', (err) => parser.destroy(err));
    for await (const record of input.pipe(parser))
        yield record;
}
async function* jsonlRecords(path) {
    const input = (0, node_fs_1.createReadStream)(path);
    const lines = (0, node_readline_1.createInterface)({ input, crlfDelay: Infinity });
    input.on('error', () => lines.close());
    let n = 0;
    for await (const line of lines) {
        n++;
        if (line.trim() === '')
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (err) {
            throw new Error(`${path}:${n}: invalid JSON: ${err.message}`);
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new Error(`${path}:${n}: expected a JSON object per line`);
        }
        yield value;
    }
}
/**
 * The records of `path` in batches of at most `batchSize`. Throws on an unknown extension (expected
 * .csv, .jsonl or .ndjson), an unreadable file, or a malformed line (naming file and line).
 */
async function* readRecordBatches(path, batchSize) {
    const format = (0, dataset_1.formatOf)(path);
    if (format === undefined)
        throw new Error(`readRecordBatches: '${path}' is not .csv, .jsonl or .ndjson`);
    // Open once first so that a missing or unreadable file fails here with its own message.
    await (await (0, promises_1.open)(path, 'r')).close();
    let batch = [];
    for await (const record of format === 'csv' ? csvRecords(path) : jsonlRecords(path)) {
        batch.push(record);
        if (batch.length >= batchSize) {
            yield batch;
            batch = [];
        }
    }
    if (batch.length > 0)
        yield batch;
}
/** Every record of `path` (for reference files, which are bounded by `MAX_REFERENCE_ROWS`). */
async function readAllRecords(path) {
    const out = [];
    for await (const batch of readRecordBatches(path, 10_000))
        out.push(...batch);
    return out;
}
//# sourceMappingURL=readRecords.js.map