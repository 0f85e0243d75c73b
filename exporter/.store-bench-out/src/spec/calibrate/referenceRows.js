"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cellFromText = cellFromText;
exports.parseReferenceRows = parseReferenceRows;
exports.readReferenceRows = readReferenceRows;
/**
 * Reads a reference file (CSV with a header row, or JSON Lines) into columns that keep row order, which
 * calibration needs to cut the reference into consecutive chunks. (`dataset/readDataset` streams columns
 * without row order, which is right for drift tests and not for chunks.) Cells are read as `dataset/`
 * reads them: blank, NaN and ±Inf are missing; decimal literals are numbers; anything else is text;
 * JSON booleans are the text `true`/`false`.
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const sync_1 = require("csv-parse/sync");
const cellValue_1 = require("../../dataset/cellValue");
/** A cell of text as `dataset/` reads it. */
function cellFromText(text) {
    const c = (0, cellValue_1.classifyText)(text);
    return c.kind === 'missing' ? null : c.kind === 'number' ? c.value : text;
}
/**
 * Parses reference text; `name` is the file name (its extension picks the format) used in messages.
 *
 * @throws Error naming the file and line for malformed CSV/JSON, an unknown extension, or no rows.
 * @example parseReferenceRows('a,b\n1,x\n', 'ref.csv').cells.get('b') // ['x']
 */
function parseReferenceRows(text, name) {
    const ext = (0, node_path_1.extname)(name).toLowerCase();
    const table = ext === '.csv'
        ? parseCsv(text, name)
        : ext === '.jsonl' || ext === '.ndjson'
            ? parseJsonl(text, name)
            : undefined;
    if (table === undefined)
        throw new Error(`reference ${name}: unknown file type '${ext || '(none)'}'; expected .csv, .jsonl or .ndjson`);
    if (table.rows === 0)
        throw new Error(`reference ${name}: the file has no data rows`);
    return table;
}
/** Reads and parses a reference file. @throws Error as `parseReferenceRows`, or when the file cannot be read. */
async function readReferenceRows(path) {
    let text;
    try {
        text = await (0, promises_1.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new Error(`reference ${path}: cannot read the file (${err.code ?? String(err)})`);
    }
    return parseReferenceRows(text, path);
}
function parseCsv(text, name) {
    let records;
    try {
        records = (0, sync_1.parse)(text.replace(/^\ufeff/, ''), {
            skip_empty_lines: true,
            relax_column_count: false,
        });
    }
    catch (err) {
        throw new Error(`reference ${name}: ${err.message}`);
    }
    const [header, ...body] = records;
    if (header === undefined)
        return { columns: [], rows: 0, cells: new Map() };
    const cells = new Map(header.map((h) => [h, []]));
    for (const record of body) {
        header.forEach((h, i) => cells.get(h).push(cellFromText(record[i] ?? '')));
    }
    return { columns: header, rows: body.length, cells };
}
function parseJsonl(text, name) {
    const columns = [];
    const cells = new Map();
    let rows = 0;
    text
        .replace(/^\ufeff/, '')
        .split(/\r?\n/)
        .forEach((line, i) => {
        if (line.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (err) {
            throw new Error(`reference ${name}:${i + 1}: invalid JSON (${err.message})`);
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new Error(`reference ${name}:${i + 1}: expected a JSON object per line`);
        }
        for (const [key, v] of Object.entries(value)) {
            if (!cells.has(key)) {
                columns.push(key);
                cells.set(key, new Array(rows).fill(null));
            }
            cells.get(key)[rows] = jsonCell(v);
        }
        rows++;
        for (const column of cells.values())
            if (column.length < rows)
                column.push(null);
    });
    return { columns, rows, cells };
}
function jsonCell(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (typeof value === 'boolean')
        return String(value);
    if (typeof value === 'string')
        return cellFromText(value);
    return JSON.stringify(value);
}
//# sourceMappingURL=referenceRows.js.map