/**
 * The event validator names a problem by the event's index in the batch (`[3].features.amount`); an
 * OTLP client needs the log record and the place in it the value came from
 * (`resourceLogs[0].scopeLogs[1].logRecords[3].attributes.mlhealth.features.amount`). Pure.
 */
import type { Problem } from '../../spec/problem';
import { eventOf } from './mapRecords';
import { recordPath, type OtlpLogRecord } from './types';

const EVENT_PATH = /^\[(\d+)\](?:\.(.*))?$/;

/**
 * `problem` with its path moved from the batch's event index to the log record, and to where in the
 * record the value came from (the mapping is re-run with origins for the records concerned only).
 * Paths that name no event (`$`, `:model`) become `logRecords (model <model>)`. O(record size).
 * @example recordProblem({ path: '[0].confidence', message: 'confidence must be within 0..1, got 2' }, records)
 * // { path: 'resourceLogs[0].scopeLogs[0].logRecords[0].attributes.mlhealth.confidence', message: … }
 */
export function recordProblem(problem: Problem, records: readonly OtlpLogRecord[], model: string): Problem {
  const m = EVENT_PATH.exec(problem.path);
  const record = m === null ? undefined : records[Number(m[1])];
  if (m === null || record === undefined)
    return { path: `logRecords (model ${model})`, message: problem.message };
  const base = recordPath(record);
  const rest = m[2];
  if (rest === undefined) return { path: base, message: problem.message };
  const origins = new Map<string, string>();
  eventOf(record, origins);
  const top = rest.split('.')[0];
  const exact = origins.get(rest);
  const parent = origins.get(top);
  const origin = exact ?? (parent === undefined ? undefined : parent + rest.slice(top.length));
  const path = origin === undefined ? `${base} (event field ${rest})` : `${base}.${origin}`;
  return { path, message: problem.message };
}
