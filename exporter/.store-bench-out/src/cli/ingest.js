"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runIngest = exports.INGEST_USAGE = void 0;
/**
 * `mlhealth ingest --model M FILE`: sends a CSV or JSON Lines file to a running exporter in batches
 * (events by default, late labels with `--labels`). Stops at the first refused batch and prints the
 * exporter's problems with the file's row numbers. Exit 0 all sent, 1 a batch was refused, 2 bad usage,
 * unreadable file or unreachable exporter.
 */
const node_path_1 = require("node:path");
const readRecords_1 = require("../engine/readRecords");
const args_1 = require("./args");
const ingestRecords_1 = require("./ingestRecords");
const io_1 = require("./io");
exports.INGEST_USAGE = `usage: mlhealth ingest --model MODEL [--url URL] [--batch-size N] [--labels] FILE

Sends FILE (.csv with a header row, or .jsonl/.ndjson) to a running exporter.
  --model MODEL     the model id in the exporter's spec
  --url URL         the exporter (default http://127.0.0.1:9853)
  --batch-size N    rows per request (default 500)
  --labels          the rows are late labels {id, label}, not prediction events
`;
function parseIngestOptions(argv) {
    const { values, positionals } = (0, args_1.parseCommandArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            model: { type: 'string' },
            url: { type: 'string' },
            'batch-size': { type: 'string' },
            labels: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help === true)
        return null;
    if (values.model === undefined)
        throw new io_1.UsageError('--model is required');
    if (positionals.length !== 1)
        throw new io_1.UsageError(`expected one FILE, got ${positionals.length}`);
    return {
        model: values.model,
        url: (values.url ?? 'http://127.0.0.1:9853').replace(/\/+$/, ''),
        batchSize: (0, args_1.numberOption)('batch-size', values['batch-size'] ?? '500', {
            min: 1,
            max: 100_000,
            integer: true,
        }),
        labels: values.labels === true,
        file: positionals[0],
    };
}
async function post(url, body) {
    let res;
    try {
        res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    }
    catch (err) {
        throw new io_1.UsageError(`cannot reach the exporter at ${url}: ${err.cause instanceof Error ? err.cause.message : err.message}`);
    }
    const text = await res.text();
    let json = text;
    try {
        json = JSON.parse(text);
    }
    catch {
        // not JSON: keep the text for the message
    }
    return { status: res.status, json };
}
function printRefusal(io, status, json, firstRow) {
    const body = json;
    io.stderr(`mlhealth ingest: batch starting at row ${firstRow} refused (HTTP ${status}): ${body.error ?? String(json)}\n`);
    for (const d of body.details ?? []) {
        const m = /^\[(\d+)\](.*)$/.exec(d.path);
        const where = m === null
            ? d.path
            : `row ${firstRow + Number(m[1])}${m[2] !== '' ? ` ${m[2].replace(/^\./, '')}` : ''}`;
        io.stderr(`  ${where}: ${d.message}\n`);
    }
}
const runIngest = async (argv, io) => {
    const options = parseIngestOptions(argv);
    if (options === null) {
        io.stdout(exports.INGEST_USAGE);
        return 0;
    }
    const endpoint = `${options.url}/api/v1/models/${encodeURIComponent(options.model)}/${options.labels ? 'labels' : 'events'}`;
    const toWire = options.labels ? ingestRecords_1.labelFromRecord : ingestRecords_1.eventFromRecord;
    let sent = 0;
    let batches = 0;
    try {
        for await (const batch of (0, readRecords_1.readRecordBatches)((0, node_path_1.resolve)(io.cwd, options.file), options.batchSize)) {
            const { status, json } = await post(endpoint, JSON.stringify(batch.map(toWire)));
            if (status >= 300) {
                printRefusal(io, status, json, sent + 1);
                io.stderr(`mlhealth ingest: ${sent} rows sent before the refusal\n`);
                return 1;
            }
            sent += batch.length;
            batches++;
        }
    }
    catch (err) {
        if (err instanceof io_1.UsageError)
            throw err;
        throw new io_1.UsageError(`${options.file}: ${err.message}`);
    }
    io.stdout(`sent ${sent} ${options.labels ? 'labels' : 'events'} in ${batches} batch${batches === 1 ? '' : 'es'} to ${endpoint}\n`);
    return 0;
};
exports.runIngest = runIngest;
//# sourceMappingURL=ingest.js.map