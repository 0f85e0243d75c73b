/**
 * Decoding an OTLP/HTTP JSON logs request (`ExportLogsServiceRequest` in the OTLP JSON encoding) into
 * the receiver's flat list of log records. Only what the receiver reads is checked: the nesting
 * `resourceLogs[].scopeLogs[].logRecords[]`, resource and record attributes, the body and the two
 * times. Other fields (trace ids, severity, scopes, …) and unknown keys are ignored. Pure.
 */
import type { Problem } from '../../spec/problem';
import { describe } from '../parseBody';
import { anyValueFromJson, attributesFromJson } from './attributes';
import { arrayField, field, isJsonObject, secondsOfNanos } from './jsonFields';
import { recordPath, type DecodedLogs, type OtlpLogRecord, type OtlpMap } from './types';

/** At most this many problems are listed for an undecodable request. */
const MAX_PROBLEMS = 20;

/**
 * Decodes the text of an OTLP JSON logs request. Returns the records in request order, or every
 * problem (up to 20) with its JSON path, e.g. `resourceLogs[0].scopeLogs[1].logRecords[3].body`, when
 * the text is not JSON or breaks the encoding. O(text length). Throws nothing.
 * @example decodeJsonLogs('{"resourceLogs":[]}') // { ok: true, records: [] }
 */
export function decodeJsonLogs(text: string): DecodedLogs {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `invalid JSON: ${(error as Error).message}` }] };
  }
  if (!isJsonObject(parsed)) {
    const message = `expected an ExportLogsServiceRequest object, got ${describe(parsed)}`;
    return { ok: false, problems: [{ path: '$', message }] };
  }
  const problems: Problem[] = [];
  const records: OtlpLogRecord[] = [];
  const resourceLogs = arrayField(parsed, 'resourceLogs', 'resource_logs', '', problems);
  for (let r = 0; r < resourceLogs.length && problems.length < MAX_PROBLEMS; r++)
    readResourceLogs(resourceLogs[r], r, records, problems);
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
    : { ok: true, records };
}

function readResourceLogs(raw: unknown, r: number, records: OtlpLogRecord[], problems: Problem[]): void {
  const path = `resourceLogs[${r}]`;
  if (!isJsonObject(raw)) {
    problems.push({ path, message: `expected a ResourceLogs object, got ${describe(raw)}` });
    return;
  }
  const resource = field(raw, 'resource', 'resource');
  let attributes: OtlpMap = {};
  if (isJsonObject(resource)) {
    attributes = attributesFromJson(resource.attributes, `${path}.resource.attributes`, problems);
  } else if (resource !== undefined && resource !== null) {
    problems.push({
      path: `${path}.resource`,
      message: `expected a Resource object, got ${describe(resource)}`,
    });
  }
  const scopeLogs = arrayField(raw, 'scopeLogs', 'scope_logs', path, problems);
  for (let s = 0; s < scopeLogs.length; s++) {
    const scope = scopeLogs[s];
    const scopePath = `${path}.scopeLogs[${s}]`;
    if (!isJsonObject(scope)) {
      problems.push({ path: scopePath, message: `expected a ScopeLogs object, got ${describe(scope)}` });
      continue;
    }
    const logRecords = arrayField(scope, 'logRecords', 'log_records', scopePath, problems);
    for (let l = 0; l < logRecords.length; l++) {
      const record = readRecord(logRecords[l], { r, s, l }, attributes, problems);
      if (record !== null) records.push(record);
    }
  }
}

function readRecord(
  raw: unknown,
  at: { r: number; s: number; l: number },
  resource: OtlpMap,
  problems: Problem[],
): OtlpLogRecord | null {
  const path = (): string => recordPath(at);
  if (!isJsonObject(raw)) {
    problems.push({ path: path(), message: `expected a LogRecord object, got ${describe(raw)}` });
    return null;
  }
  const body = field(raw, 'body', 'body');
  const time = field(raw, 'timeUnixNano', 'time_unix_nano');
  const observed = field(raw, 'observedTimeUnixNano', 'observed_time_unix_nano');
  return {
    r: at.r,
    s: at.s,
    l: at.l,
    timeSeconds: secondsOfNanos(time, () => `${path()}.timeUnixNano`, problems),
    observedSeconds: secondsOfNanos(observed, () => `${path()}.observedTimeUnixNano`, problems),
    body:
      body === undefined || body === null
        ? undefined
        : anyValueFromJson(body, () => `${path()}.body`, problems),
    attributes: attributesFromJson(raw.attributes, () => `${path()}.attributes`, problems),
    resource,
  };
}
