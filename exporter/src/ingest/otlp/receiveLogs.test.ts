/** receiveLogs over the real write side (IngestService, engine, monitors) of a two-model mini spec. */
import { decodeJsonLogs } from './decodeJson';
import { receiveLogs } from './receiveLogs';
import { miniIngest } from './__fixtures__/miniIngest';
import { logsRequest, type RecordSpec } from './__fixtures__/otlpRequests';
import type { OtlpLogRecord } from './types';

function records(
  ...resources: { resource?: Record<string, unknown>; records: RecordSpec[] }[]
): OtlpLogRecord[] {
  const d = decodeJsonLogs(JSON.stringify(logsRequest(...resources)));
  if (!d.ok) throw new Error(JSON.stringify(d.problems));
  return d.records;
}

const good = (x: number): RecordSpec => ({ body: { x, c: 'a', prediction: 'yes' } });

describe('receiveLogs', () => {
  it('applies each model’s batch through IngestService and refuses records of unknown or no model', async () => {
    const { service } = miniIngest();
    const request = records(
      { resource: { 'service.name': 'scoring:m' }, records: [good(1), good(2)] },
      { resource: { 'service.name': 'm2' }, records: [good(3)] },
      { resource: { 'service.name': 'fraud' }, records: [good(4), good(5)] },
      { records: [good(6)] },
    );
    const outcome = await receiveLogs(request, service);
    expect([outcome.accepted, outcome.rejected]).toEqual([3, 3]);
    expect(outcome.problems).toEqual([
      {
        path: 'resourceLogs[3].scopeLogs[0].logRecords[0]',
        message:
          'names no model: set the attribute mlhealth.model on the record or its resource, or the resource attribute service.name',
      },
      {
        path: 'resourceLogs[2].scopeLogs[0].logRecords[0]',
        message:
          'model fraud (from resource attribute service.name "fraud"): 2 log records refused, nothing applied: unknown model: no model \'fraud\' in the spec (models: m, m2)',
      },
    ]);
    expect(service.totals().accepted).toEqual(
      new Map([
        ['m', 2],
        ['m2', 1],
      ]),
    );
  });

  it('refuses a model’s whole batch for one invalid event, counted by reason, with the record’s path', async () => {
    const { service } = miniIngest();
    const bad: RecordSpec = { body: { x: 4, c: 'a' }, attributes: { 'mlhealth.confidence': 2 } };
    const outcome = await receiveLogs(
      records({ resource: { 'service.name': 'm' }, records: [good(1), bad] }),
      service,
    );
    expect([outcome.accepted, outcome.rejected]).toEqual([0, 2]);
    expect(outcome.problems).toEqual([
      {
        path: 'resourceLogs[0].scopeLogs[0].logRecords[0]',
        message:
          'model m (from resource attribute service.name "m"): 2 log records refused, nothing applied: invalid events',
      },
      {
        path: 'resourceLogs[0].scopeLogs[0].logRecords[1].attributes.mlhealth.confidence',
        message: 'confidence must be within 0..1, got 2',
      },
    ]);
    expect(service.totals().accepted.get('m') ?? 0).toBe(0);
    expect(service.totals().rejected.get('m')?.get('confidence_range')).toBe(1);
  });

  it('names where a refused value came from: a body key, an unknown mlhealth attribute', async () => {
    const { service } = miniIngest();
    const request = records({
      resource: { 'mlhealth.model': 'm' },
      records: [
        { body: { x: 'seven', c: 'a' } },
        { body: { x: 1 }, attributes: { 'mlhealth.confidance': 0.5 } },
      ],
    });
    const outcome = await receiveLogs(request, service);
    expect(outcome.problems.slice(1)).toEqual([
      {
        path: 'resourceLogs[0].scopeLogs[0].logRecords[0].body.x',
        message: 'x is a numeric feature: expected a number, got the string "seven"',
      },
      {
        path: 'resourceLogs[0].scopeLogs[0].logRecords[1].attributes.mlhealth.confidance',
        message: 'unknown field "confidance"',
      },
    ]);
  });

  it('refuses a batch holding a record that is not an event without asking the write side', async () => {
    const { service } = miniIngest();
    const request = records({
      resource: { 'service.name': 'm' },
      records: [good(1), { body: 'started worker 3' }],
    });
    const outcome = await receiveLogs(request, service);
    expect([outcome.accepted, outcome.rejected, outcome.problems.length]).toEqual([0, 2, 2]);
    expect(outcome.problems[0].message).toMatch(
      /2 log records refused, nothing applied: records that are not events$/,
    );
    expect(service.totals().accepted.get('m') ?? 0).toBe(0);
    expect(service.totals().rejected.get('m')).toBeUndefined();
  });

  it('throws a failure of the store after every batch settled, the other models’ batches applied', async () => {
    const { service } = miniIngest(['m2']);
    const request = records(
      { resource: { 'service.name': 'm' }, records: [good(1)] },
      { resource: { 'service.name': 'm2' }, records: [good(2)] },
    );
    await expect(receiveLogs(request, service)).rejects.toThrow('disk full writing m2');
    expect(service.totals().accepted).toEqual(new Map([['m', 1]]));
  });
});
