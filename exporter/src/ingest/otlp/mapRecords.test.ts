import { decodeJsonLogs } from './decodeJson';
import { eventOf, mapLogRecords, modelOf } from './mapRecords';
import {
  IRIS_SCHEMA,
  bentoRecord,
  bentoResource,
  double,
  logsRequest,
  type RecordSpec,
} from './__fixtures__/otlpRequests';
import type { OtlpLogRecord } from './types';

const T = 1_700_000_000;

function decoded(
  ...resources: { resource?: Record<string, unknown>; records: RecordSpec[] }[]
): OtlpLogRecord[] {
  const d = decodeJsonLogs(JSON.stringify(logsRequest(...resources)));
  if (!d.ok) throw new Error(JSON.stringify(d.problems));
  return d.records;
}

/** The event of one record on a resource, as plain data. */
function event(record: RecordSpec, resource: Record<string, unknown> = {}): unknown {
  const [r] = decoded({ resource, records: [record] });
  return JSON.parse(JSON.stringify(eventOf(r).event));
}

describe('modelOf: which model a record belongs to', () => {
  it('takes the record’s mlhealth.model, else the resource’s, else service.name', () => {
    const records = decoded(
      {
        resource: { 'mlhealth.model': 'credit', 'service.name': 'scoring' },
        records: [{ attributes: { 'mlhealth.model': 'fraud' } }, {}],
      },
      { resource: { 'service.name': 'fraud' }, records: [{}] },
    );
    expect(records.map(modelOf)).toEqual([
      { model: 'fraud', from: 'attribute mlhealth.model' },
      { model: 'credit', from: 'resource attribute mlhealth.model' },
      { model: 'fraud', from: 'resource attribute service.name "fraud"' },
    ]);
  });

  it('reads BentoML’s service.name <bento>:<monitor> as the monitor, and finds none without any name', () => {
    const [bento, nameless] = decoded(
      { resource: bentoResource('iris_classifier_prediction'), records: [{}] },
      {
        resource: { 'telemetry.sdk.language': 'python' },
        records: [{ attributes: { 'mlhealth.model': 7 } }],
      },
    );
    expect(modelOf(bento)?.model).toBe('iris_classifier_prediction');
    expect(modelOf(nameless)).toBeNull();
  });
});

describe('eventOf: one record → one event of the events API', () => {
  it('maps a BentoML OTLP monitor record as it arrives: features and prediction by the column schema', () => {
    const columns = {
      'sepal length': 4.9,
      'sepal width': 3,
      'petal length': 1.4,
      'petal width': 0.2,
      pred: 'setosa',
    };
    const record = bentoRecord(columns, { requestId: '6413930528999883196', at: T, monitor: 'iris' });
    const since1216 = bentoRecord(columns, { requestId: '1', traceId: '2', at: T, monitor: 'iris' });
    expect(Object.keys((event(since1216) as { features: object }).features)).toHaveLength(4);
    expect(event(record, bentoResource('iris'))).toEqual({
      features: { 'sepal length': 4.9, 'sepal width': 3, 'petal length': 1.4, 'petal width': 0.2 },
      prediction: 'setosa',
      timestamp: T + 0.587727,
      id: '6413930528999883196',
    });
  });

  it('reads a BentoML record without bento_meta (sampled out) as columns: pred is then a feature', () => {
    const record = bentoRecord(
      { 'sepal length': 4.9, pred: 'setosa' },
      { requestId: 'r', at: T, monitor: 'iris', withMeta: false },
    );
    expect(event(record)).toEqual({
      features: { 'sepal length': 4.9, pred: 'setosa' },
      timestamp: T + 0.587727,
      id: 'r',
    });
  });

  it('reads BentoML roles: target is not read, mlhealth’s own roles set their field, a second prediction is a feature', () => {
    const schema = {
      ...IRIS_SCHEMA,
      label: { name: 'label', role: 'target', type: 'categorical' },
      p: { name: 'p', role: 'confidence', type: 'numerical' },
      ms: { name: 'ms', role: 'latency_seconds', type: 'numerical' },
      pred2: { name: 'pred2', role: 'prediction', type: 'categorical' },
    };
    const body = {
      'petal width': double(0.2),
      pred: 'setosa',
      label: 'setosa',
      p: 0.97,
      ms: 0.012,
      pred2: 'x',
      bento_meta: { schema },
    };
    expect(event({ body })).toEqual({
      features: { 'petal width': 0.2, pred2: 'x' },
      prediction: 'setosa',
      confidence: 0.97,
      latency_seconds: 0.012,
    });
  });

  it('maps a body map of event fields: a features map, other keys as features, request_id only without id', () => {
    const body = {
      features: { amount: 3 },
      country: 'US',
      prediction: 'fraud',
      confidence: 0.7,
      id: 'a',
      request_id: 'b',
    };
    expect(event({ body })).toEqual({
      features: { amount: 3, country: 'US' },
      prediction: 'fraud',
      confidence: 0.7,
      id: 'a',
    });
  });

  it('maps mlhealth.* attributes to event fields and features, over what the body says', () => {
    const attributes = {
      'mlhealth.model': 'fraud',
      'mlhealth.features.amount': 9,
      'mlhealth.features': { country: 'GB' },
      'mlhealth.prediction': 'legit',
      'mlhealth.latency_seconds': 0.02,
      'mlhealth.error': true,
      'code.lineno': 27,
    };
    expect(event({ body: { amount: 3, prediction: 'fraud' }, attributes })).toEqual({
      features: { amount: 9, country: 'GB' },
      prediction: 'legit',
      latency_seconds: 0.02,
      error: true,
    });
  });

  it('parses a string body holding a JSON object (a tailed file), and leaves other strings alone', () => {
    expect(event({ body: '{"amount": 5, "prediction": "fraud"}' })).toEqual({
      features: { amount: 5 },
      prediction: 'fraud',
    });
    expect(event({ body: 'GET /healthz 200', attributes: { 'mlhealth.prediction': 'legit' } })).toEqual({
      features: {},
      prediction: 'legit',
    });
  });

  it('takes the time from the body or attributes, else timeUnixNano, else observedTimeUnixNano, else none', () => {
    const observed = `${T + 9}000000000`;
    const cases: RecordSpec[] = [
      { body: { timestamp: '2024-01-01T00:00:00Z' }, timeUnixNano: `${T}000000000` },
      { body: { x: 1 }, timeUnixNano: `${T}500000000`, observedTimeUnixNano: observed },
      { body: { x: 1 }, observedTimeUnixNano: observed },
      { body: { x: 1 } },
    ];
    expect(cases.map((c) => (event(c) as { timestamp?: unknown }).timestamp)).toEqual([
      '2024-01-01T00:00:00Z',
      T + 0.5,
      T + 9,
      undefined,
    ]);
  });

  it('passes a features value that is not a map on as it is, for the validator to refuse by name', () => {
    expect(event({ attributes: { 'mlhealth.features': 'amount=3' } })).toEqual({ features: 'amount=3' });
  });

  it('keeps a __proto__ key as an ordinary key (never a prototype)', () => {
    const [r] = decoded({
      records: [{ body: { kvlistValue: { values: [{ key: '__proto__', value: { stringValue: 'x' } }] } } }],
    });
    const { event: e } = eventOf(r);
    expect(Object.keys(e.features as object)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(e.features)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('mapLogRecords: per-model batches', () => {
  it('groups records by model in order of appearance, refuses nameless records and flags non-events', () => {
    const records = decoded(
      {
        resource: { 'service.name': 'svc:fraud' },
        records: [{ body: { amount: 1 } }, { body: 'just a log line' }],
      },
      {
        resource: {},
        records: [{ body: { amount: 2 } }, { body: { x: 1 }, attributes: { 'mlhealth.model': 'credit' } }],
      },
    );
    const mapped = mapLogRecords(records);
    expect(mapped.batches.map((b) => [b.model, b.records.length, b.problems])).toEqual([
      [
        'fraud',
        2,
        [
          {
            path: 'resourceLogs[0].scopeLogs[0].logRecords[1].body',
            message:
              'not a prediction event: a body that is not a map (the string "just a log line") and no mlhealth.* attribute besides mlhealth.model',
          },
        ],
      ],
      ['credit', 1, []],
    ]);
    expect(mapped.unassigned.map((u) => u.problem.path)).toEqual([
      'resourceLogs[1].scopeLogs[0].logRecords[0]',
    ]);
  });
});
