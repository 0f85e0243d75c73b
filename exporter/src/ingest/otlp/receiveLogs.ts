/**
 * One OTLP logs request through the write side: its records are mapped to events, grouped by model,
 * and each model's batch goes through `IngestPort.events` (validation, limits, the durable log, counting)
 * like a client's POST to `/api/v1/models/{model}/events`. Each batch is applied whole or refused whole;
 * refused batches and records are counted and explained, for the answer's `partial_success`.
 */
import type { Problem } from '../../spec/problem';
import { IngestError } from '../errors';
import type { IngestPort } from '../ports';
import { mapLogRecords, type ModelBatch } from './mapRecords';
import { recordProblem } from './problemPaths';
import { recordPath, type OtlpLogRecord } from './types';

/** What became of a request's records. */
export interface LogsOutcome {
  accepted: number;
  rejected: number;
  /** Of the rejected, the records of models another exporter shard serves (docs/scale-out.md). */
  misdirected?: number;
  /** Why records were refused: one summary per refused batch, then its problems, with record paths. */
  problems: Problem[];
}

/** At most this many problems are kept for the answer (the counts stay complete). */
const MAX_PROBLEMS = 100;

/**
 * Maps `records`, sends each model's batch to `port.events` (concurrently: the durable store commits
 * them together) and counts the outcome. A batch refused by the write side (`IngestError`: unknown
 * model, invalid, too large) or by the mapping (a record that is not an event) counts all its records
 * as rejected; records naming no model are rejected one by one.
 * @throws the first error of `port.events` that is not an `IngestError` (a failing store), after every
 *   batch has settled: batches already applied stay applied.
 * @example await receiveLogs(decoded.records, ingestService) // { accepted: 3, rejected: 1, problems: [{ path: 'resourceLogs[1].scopeLogs[0].logRecords[0]', message: 'names no model: …' }] }
 */
export async function receiveLogs(
  records: readonly OtlpLogRecord[],
  port: Pick<IngestPort, 'events'>,
): Promise<LogsOutcome> {
  const { batches, unassigned } = mapLogRecords(records);
  const outcome: LogsOutcome = { accepted: 0, rejected: 0, problems: [] };
  for (const { problem } of unassigned) refuse(outcome, 1, [problem]);
  const ready = batches.filter((b) => b.problems.length === 0);
  for (const batch of batches) {
    if (batch.problems.length > 0)
      refuse(outcome, batch.records.length, [
        summary(batch, 'records that are not events'),
        ...batch.problems,
      ]);
  }
  const settled = await Promise.allSettled(ready.map((b) => port.events(b.model, b.events)));
  let failure: unknown = null;
  settled.forEach((result, i) => {
    const batch = ready[i];
    if (result.status === 'fulfilled') outcome.accepted += batch.records.length;
    else if (result.reason instanceof IngestError) {
      refuse(outcome, batch.records.length, explain(batch, result.reason));
      if (result.reason.kind === 'misdirected')
        outcome.misdirected = (outcome.misdirected ?? 0) + batch.records.length;
    } else failure ??= result.reason;
  });
  if (failure !== null) throw failure;
  return outcome;
}

function refuse(outcome: LogsOutcome, records: number, problems: readonly Problem[]): void {
  outcome.rejected += records;
  for (const p of problems) if (outcome.problems.length < MAX_PROBLEMS) outcome.problems.push(p);
}

function summary(batch: ModelBatch, why: string): Problem {
  const n = batch.records.length;
  return {
    path: recordPath(batch.records[0]),
    message: `model ${batch.model} (from ${batch.from}): ${n} log record${n === 1 ? '' : 's'} refused, nothing applied: ${why}`,
  };
}

function explain(batch: ModelBatch, error: IngestError): Problem[] {
  if (error.kind === 'unknown_model' || error.kind === 'misdirected') {
    const known = error.details.map((d) => d.message).join('; ');
    return [summary(batch, `unknown model: ${known}`)];
  }
  const details = error.details.map((d) => recordProblem(d, batch.records, batch.model));
  return [summary(batch, error.message.replace(/: nothing was applied$/, '')), ...details];
}
