/**
 * `mlhealth ingest --model M FILE`: sends a CSV or JSON Lines file to a running exporter in batches
 * (events by default, late labels with `--labels`). Stops at the first refused batch and prints the
 * exporter's problems with the file's row numbers. Exit 0 all sent, 1 a batch was refused, 2 bad usage,
 * unreadable file or unreachable exporter.
 */
import type { Problem } from '../spec/problem';
import { resolve } from 'node:path';
import { readRecordBatches } from '../dataset/readRecords';
import { numberOption, parseCommandArgs } from './args';
import { eventFromRecord, labelFromRecord } from './ingestRecords';
import { UsageError, type CliCommand, type CliIO } from './io';

export const INGEST_USAGE = `usage: mlhealth ingest --model MODEL [--url URL] [--batch-size N] [--labels] FILE

Sends FILE (.csv with a header row, or .jsonl/.ndjson) to a running exporter.
  --model MODEL     the model id in the exporter's spec
  --url URL         the exporter (default http://127.0.0.1:9853)
  --batch-size N    rows per request (default 500)
  --labels          the rows are late labels {id, label}, not prediction events
`;

interface IngestOptions {
  model: string;
  url: string;
  batchSize: number;
  labels: boolean;
  file: string;
}

function parseIngestOptions(argv: string[]): IngestOptions | null {
  const { values, positionals } = parseCommandArgs({
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
  if (values.help === true) return null;
  if (values.model === undefined) throw new UsageError('--model is required');
  if (positionals.length !== 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  return {
    model: values.model,
    url: (values.url ?? 'http://127.0.0.1:9853').replace(/\/+$/, ''),
    batchSize: numberOption('batch-size', values['batch-size'] ?? '500', {
      min: 1,
      max: 100_000,
      integer: true,
    }),
    labels: values.labels === true,
    file: positionals[0],
  };
}

async function post(url: string, body: string): Promise<{ status: number; json: unknown }> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  } catch (err) {
    throw new UsageError(
      `cannot reach the exporter at ${url}: ${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}`,
    );
  }
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: keep the text for the message
  }
  return { status: res.status, json };
}

function printRefusal(io: CliIO, status: number, json: unknown, firstRow: number): void {
  const body = json as { error?: string; details?: Problem[] };
  io.stderr(
    `mlhealth ingest: batch starting at row ${firstRow} refused (HTTP ${status}): ${body.error ?? String(json)}\n`,
  );
  for (const d of body.details ?? []) {
    const m = /^\[(\d+)\](.*)$/.exec(d.path);
    const where =
      m === null
        ? d.path
        : `row ${firstRow + Number(m[1])}${m[2] !== '' ? ` ${m[2].replace(/^\./, '')}` : ''}`;
    io.stderr(`  ${where}: ${d.message}\n`);
  }
}

export const runIngest: CliCommand = async (argv, io) => {
  const options = parseIngestOptions(argv);
  if (options === null) {
    io.stdout(INGEST_USAGE);
    return 0;
  }
  const endpoint = `${options.url}/api/v1/models/${encodeURIComponent(options.model)}/${options.labels ? 'labels' : 'events'}`;
  const toWire = options.labels ? labelFromRecord : eventFromRecord;
  let sent = 0;
  let batches = 0;
  try {
    for await (const batch of readRecordBatches(resolve(io.cwd, options.file), options.batchSize)) {
      const { status, json } = await post(endpoint, JSON.stringify(batch.map(toWire)));
      if (status >= 300) {
        printRefusal(io, status, json, sent + 1);
        io.stderr(`mlhealth ingest: ${sent} rows sent before the refusal\n`);
        return 1;
      }
      sent += batch.length;
      batches++;
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${options.file}: ${(err as Error).message}`);
  }
  io.stdout(
    `sent ${sent} ${options.labels ? 'labels' : 'events'} in ${batches} batch${batches === 1 ? '' : 'es'} to ${endpoint}\n`,
  );
  return 0;
};
