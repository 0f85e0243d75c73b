/** Request halves, v1 and v2, mapped to feature rows by spec order or by name. */
import { IngestError } from '../errors';
import {
  CREDIT_MODEL,
  IRIS_MODEL,
  V1_IRIS_REQUEST,
  V2_CREDIT_REQUEST,
  V2_IRIS_REQUEST,
} from './__fixtures__/payloads';
import { decodeRequest } from './requestPayload';

function refusal(body: unknown, model = IRIS_MODEL): IngestError {
  try {
    decodeRequest(body, model);
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error('expected the request to be refused');
}

const IRIS_ROWS = [
  { sepal_length: 6.8, sepal_width: 2.8, petal_length: 4.8, petal_width: 1.4 },
  { sepal_length: 6.0, sepal_width: 3.4, petal_length: 4.5, petal_width: 1.6 },
];

describe('decodeRequest, v1 instances', () => {
  it('maps positional instances to the features in spec order', () => {
    const rows = decodeRequest(V1_IRIS_REQUEST, IRIS_MODEL);
    expect(rows.rows).toEqual(IRIS_ROWS);
    expect(Object.keys(rows.rows[0])).toEqual(IRIS_MODEL.features.map((f) => f.name));
    expect(rows.pathOf(1, 'petal_length')).toBe('instances[1][2]');
  });

  it('maps named instances by name, absent features left missing', () => {
    const rows = decodeRequest(
      { instances: [{ country: 'DE', income: 1200 }, { income: 900 }] },
      CREDIT_MODEL,
    );
    expect(rows.rows).toEqual([{ income: 1200, country: 'DE' }, { income: 900 }]);
    expect(rows.pathOf(0, 'country')).toBe('instances[0].country');
  });

  it('takes a bare value as the one feature of a one-feature model', () => {
    const model = { ...IRIS_MODEL, features: [IRIS_MODEL.features[0]] };
    expect(decodeRequest({ instances: [5.1, 4.9] }, model).rows).toEqual([
      { sepal_length: 5.1 },
      { sepal_length: 4.9 },
    ]);
  });

  it('refuses (422) instances that do not fit the features, naming each', () => {
    const err = refusal({ instances: [[1, 2, 3], { sepal_length: 1, colour: 'red' }, 'x'] });
    expect(err.kind).toBe('invalid');
    expect(err.details.map((d) => d.path)).toEqual(['instances[0]', 'instances[1].colour', 'instances[2]']);
    expect(err.details[0].message).toBe(
      'holds 3 values; model sklearn-iris has 4 features, in spec order: sepal_length, sepal_width, petal_length, petal_width',
    );
  });

  it('refuses (400) a body of neither protocol, and an empty batch', () => {
    expect(refusal({ data: [] })).toMatchObject({ kind: 'malformed', details: [{ path: '$' }] });
    expect(refusal({ inputs: { a: [1] } }).details[0].message).toMatch(
      /columnar v1 "inputs" form is not supported/,
    );
    expect(refusal({ instances: [] })).toMatchObject({ kind: 'malformed', details: [{ path: 'instances' }] });
  });
});

describe('decodeRequest, v2 inputs', () => {
  it("reads KServe's single input-0 tensor [N, F] in spec order", () => {
    const rows = decodeRequest(V2_IRIS_REQUEST, IRIS_MODEL);
    expect(rows.rows).toEqual(IRIS_ROWS);
    expect(rows.pathOf(1, 'sepal_width')).toBe('inputs[0].data[1][1]');
  });

  it('reads one tensor per feature by name, [N] or [N, 1]', () => {
    const rows = decodeRequest(V2_CREDIT_REQUEST, CREDIT_MODEL);
    expect(rows.rows).toEqual([
      { income: 52000, country: 'DE' },
      { income: 31000.5, country: 'FR' },
    ]);
    expect(rows.pathOf(1, 'country')).toBe('inputs[1].data[1]');
  });

  it('refuses tensors that are not features, or whose rows disagree', () => {
    const err = refusal(
      {
        inputs: [
          { name: 'income', shape: [2], datatype: 'FP64', data: [1, 2] },
          { name: 'country', shape: [3], datatype: 'BYTES', data: ['a', 'b', 'c'] },
          { name: 'age', shape: [2], datatype: 'INT32', data: [30, 40] },
        ],
      },
      CREDIT_MODEL,
    );
    expect(err.kind).toBe('invalid');
    expect(err.details).toEqual([
      { path: 'inputs[1].shape', message: '3 rows, but inputs[0] has 2' },
      {
        path: 'inputs[2].name',
        message:
          'model credit has no feature "age" (features: income, country); a single tensor of shape [N, 2] is read in spec order',
      },
    ]);
  });

  it('refuses (400) a broken tensor and a batch of none', () => {
    const broken = refusal({ inputs: [{ name: 'input-0', shape: [2, 4], datatype: 'FP32', data: [1, 2] }] });
    expect(broken).toMatchObject({ kind: 'malformed', details: [{ path: 'inputs[0].data' }] });
    const none = refusal({ inputs: [{ name: 'input-0', shape: [0, 4], datatype: 'FP32', data: [] }] });
    expect(none).toMatchObject({ kind: 'invalid', details: [{ path: 'inputs[0].shape' }] });
  });
});
