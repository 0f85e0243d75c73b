import { decodeJsonLogs } from './decodeJson';
import { logsRequest } from './__fixtures__/otlpRequests';

const decode = (request: unknown) => decodeJsonLogs(JSON.stringify(request));

function records(request: unknown) {
  const d = decode(request);
  if (!d.ok) throw new Error(JSON.stringify(d.problems));
  return d.records;
}

function problems(request: unknown) {
  const d = decode(request);
  if (d.ok) throw new Error('expected problems');
  return d.problems;
}

describe('decodeJsonLogs: the OTLP JSON encoding', () => {
  it('flattens resourceLogs → scopeLogs → logRecords, with each record’s position and resource', () => {
    const request = logsRequest(
      { resource: { 'service.name': 'a' }, records: [{ body: 'x' }, { body: 'y' }] },
      { resource: { 'service.name': 'b' }, records: [{ body: 'z' }] },
    );
    const got = records(request);
    expect(got.map((r) => [r.r, r.s, r.l, r.body, r.resource['service.name']])).toEqual([
      [0, 0, 0, 'x', 'a'],
      [0, 0, 1, 'y', 'a'],
      [1, 0, 0, 'z', 'b'],
    ]);
  });

  it('reads every AnyValue kind: int64 as decimal strings or numbers, doubles, bytes, arrays, kvlists, empty', () => {
    const body = {
      kvlistValue: {
        values: [
          { key: 's', value: { stringValue: 'a' } },
          { key: 'b', value: { boolValue: false } },
          { key: 'i', value: { intValue: '-9007199254740991' } },
          { key: 'n', value: { intValue: 7 } },
          { key: 'd', value: { doubleValue: 0.25 } },
          { key: 'inf', value: { doubleValue: 'Infinity' } },
          { key: 'bytes', value: { bytesValue: 'aGk=' } },
          { key: 'arr', value: { arrayValue: { values: [{ intValue: '1' }, {}] } } },
          { key: 'kv', value: { kvlistValue: { values: [{ key: 'x', value: { doubleValue: 1.5 } }] } } },
          { key: 'empty', value: {} },
        ],
      },
    };
    const [record] = records({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body }] }] }] });
    expect(JSON.parse(JSON.stringify({ ...(record.body as object) }))).toEqual({
      s: 'a',
      b: false,
      i: -9007199254740991,
      n: 7,
      d: 0.25,
      inf: null, // JSON.stringify of Infinity; checked below
      bytes: 'aGk=',
      arr: [1, null],
      kv: { x: 1.5 },
      empty: null,
    });
    expect((record.body as Record<string, unknown>).inf).toBe(Infinity);
  });

  it('takes the times as Unix seconds (0 when unset) and accepts the proto’s snake_case names', () => {
    const request = {
      resource_logs: [
        {
          scope_logs: [
            {
              log_records: [
                { time_unix_nano: '1700000000250000000', observed_time_unix_nano: 1700000001000000000 },
                { observedTimeUnixNano: '1700000002000000000' },
              ],
            },
          ],
        },
      ],
    };
    expect(records(request).map((r) => [r.timeSeconds, r.observedSeconds])).toEqual([
      [1700000000.25, 1700000001],
      [0, 1700000002],
    ]);
  });

  it('ignores unknown fields and fields it does not read (trace ids, severity, scope)', () => {
    const request = logsRequest({ records: [{ body: 'x' }] });
    (request as { extra?: unknown }).extra = { anything: [1, 2] };
    expect(records(request)).toHaveLength(1);
  });

  it('decodes an empty request to no records', () => {
    expect(records({})).toEqual([]);
    expect(records({ resourceLogs: [] })).toEqual([]);
  });

  it('refuses text that is not JSON or not an object, at $', () => {
    const bad = decodeJsonLogs('{"resourceLogs": [');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0].path).toBe('$');
    expect(problems([1, 2])).toEqual([
      { path: '$', message: 'expected an ExportLogsServiceRequest object, got an array' },
    ]);
  });

  it('names the path of every value that breaks the encoding', () => {
    const request = {
      resourceLogs: [
        { scopeLogs: 'nope' },
        {
          resource: { attributes: [{ key: 7 }] },
          scopeLogs: [
            {
              logRecords: [
                { timeUnixNano: '-5', body: { stringValue: 'a', intValue: '1' } },
                { body: { intValue: '1.5' }, attributes: [{ key: 'k', value: { doubleValue: 'lots' } }] },
                7,
              ],
            },
          ],
        },
      ],
    };
    expect(problems(request)).toEqual([
      { path: 'resourceLogs[0].scopeLogs', message: 'expected an array, got the string "nope"' },
      {
        path: 'resourceLogs[1].resource.attributes[0]',
        message: 'expected {key: string, value}, got an object',
      },
      {
        path: 'resourceLogs[1].scopeLogs[0].logRecords[0].timeUnixNano',
        message: 'expected Unix nanoseconds (a decimal string), got the string "-5"',
      },
      {
        path: 'resourceLogs[1].scopeLogs[0].logRecords[0].body',
        message: 'an AnyValue holds one value, got both stringValue and intValue',
      },
      {
        path: 'resourceLogs[1].scopeLogs[0].logRecords[1].body.intValue',
        message: 'expected an integer (a number or a decimal string), got the string "1.5"',
      },
      {
        path: 'resourceLogs[1].scopeLogs[0].logRecords[1].attributes[0].value.doubleValue',
        message: 'expected a number (or "NaN", "Infinity", "-Infinity"), got the string "lots"',
      },
      {
        path: 'resourceLogs[1].scopeLogs[0].logRecords[2]',
        message: 'expected a LogRecord object, got number 7',
      },
    ]);
  });

  it('refuses values nested deeper than 32 levels instead of recursing without end', () => {
    let value: Record<string, unknown> = { stringValue: 'leaf' };
    for (let i = 0; i < 40; i++) value = { arrayValue: { values: [value] } };
    const found = problems({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: value }] }] }] });
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe('values nest deeper than 32 levels');
    expect(
      found[0].path.startsWith('resourceLogs[0].scopeLogs[0].logRecords[0].body.arrayValue.values[0]'),
    ).toBe(true);
  });
});
