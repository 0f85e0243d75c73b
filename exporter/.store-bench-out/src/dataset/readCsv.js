"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readCsv = readCsv;
exports.addCellText = addCellText;
/**
 * Streams a CSV file (header row, RFC 4180) into columns: 1 MiB at a time, numeric cells read from the
 * bytes without making strings, so the file's text is never held in memory.
 */
const node_fs_1 = require("node:fs");
const columnAccumulator_1 = require("./columnAccumulator");
const cellValue_1 = require("./cellValue");
const csvParser_1 = require("./csvParser");
const csvRecord_1 = require("./csvRecord");
const dataset_1 = require("./dataset");
const datasetError_1 = require("./datasetError");
const CHUNK_BYTES = 1 << 20;
/** Reads `path` as CSV; throws DatasetError naming `source`, line, row and column for bad input. */
async function readCsv(path, source, options = {}) {
    const reader = new CsvColumnReader(source, options);
    const parser = new csvParser_1.CsvParser((record) => reader.onRecord(record));
    try {
        for await (const chunk of (0, node_fs_1.createReadStream)(path, { highWaterMark: CHUNK_BYTES }))
            parser.push(chunk);
        parser.end();
    }
    catch (err) {
        if (err instanceof csvRecord_1.CsvSyntaxError) {
            const column = reader.header[err.field - 1] ?? err.field;
            throw new datasetError_1.DatasetError(source, err.reason, { line: err.line, column });
        }
        throw err;
    }
    return reader.finish();
}
class CsvColumnReader {
    source;
    options;
    header = [];
    accumulators = [];
    rows = 0;
    constructor(source, options) {
        this.source = source;
        this.options = options;
    }
    onRecord(record) {
        if (this.header.length === 0)
            this.readHeader(record);
        else
            this.readRow(record);
    }
    finish() {
        if (this.header.length === 0)
            throw new datasetError_1.DatasetError(this.source, 'the file has no header row (it is empty)');
        if (this.rows === 0)
            throw new datasetError_1.DatasetError(this.source, 'the file has a header but no data rows', { line: 2 });
        const data = new Map();
        this.accumulators.forEach((acc, i) => {
            if (acc !== null)
                data.set(this.header[i], acc.finish(this.rows));
        });
        return { source: this.source, columns: this.header, data, rows: this.rows };
    }
    readHeader(record) {
        const names = record.texts();
        const seen = new Set();
        names.forEach((name, i) => {
            if (name.trim() === '') {
                const hint = i === 0 ? ' (an unnamed index column? write the file with index=False)' : '';
                throw new datasetError_1.DatasetError(this.source, `the header has an empty column name${hint}`, {
                    line: record.line,
                    column: i + 1,
                });
            }
            if (seen.has(name))
                throw new datasetError_1.DatasetError(this.source, 'the header repeats this column name', {
                    line: record.line,
                    column: name,
                });
            seen.add(name);
        });
        (0, dataset_1.checkRequestedColumns)(this.source, names, this.options, record.line);
        this.header = names;
        this.accumulators = names.map((name) => (0, dataset_1.isWanted)(this.options, name) ? new columnAccumulator_1.ColumnAccumulator(this.options.types?.get(name)) : null);
    }
    readRow(record) {
        const row = ++this.rows;
        const width = this.header.length;
        if (record.count !== width)
            this.raggedRow(record, row);
        const buf = record.buf;
        for (let i = 0; i < width; i++) {
            const acc = this.accumulators[i];
            if (acc === null)
                continue;
            if (!record.isQuoted(i)) {
                const start = record.start(i);
                const end = record.end(i);
                if (start === end) {
                    acc.addMissing();
                    continue;
                }
                if (acc.isCategorical) {
                    acc.addBytes(buf, start, end);
                    continue;
                }
                const value = (0, cellValue_1.parseDecimalBytes)(buf, start, end);
                if (value === value) {
                    acc.addNumber(value);
                    continue;
                }
            }
            try {
                addCellText(acc, record.text(i));
            }
            catch (err) {
                throw new datasetError_1.DatasetError(this.source, err.message, {
                    line: record.line,
                    row,
                    column: this.header[i],
                });
            }
        }
    }
    raggedRow(record, row) {
        const width = this.header.length;
        const reason = `the row has ${record.count} fields but the header has ${width}`;
        const column = record.count < width ? this.header[record.count] : width + 1;
        throw new datasetError_1.DatasetError(this.source, reason, { line: record.line, row, column });
    }
}
/** Adds a cell given as text: missing, a number (unless the column keeps text), or a category. */
function addCellText(acc, text) {
    if (acc.keepsText) {
        if ((0, cellValue_1.isMissingText)(text))
            acc.addMissing();
        else
            acc.addText(text);
        return;
    }
    const cell = (0, cellValue_1.classifyText)(text);
    if (cell.kind === 'missing')
        acc.addMissing();
    else if (cell.kind === 'number')
        acc.addNumber(cell.value);
    else
        acc.addText(text);
}
//# sourceMappingURL=readCsv.js.map