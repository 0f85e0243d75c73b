/** Response halves, v1 and v2: predictions, class scores and confidences per instance. */
import { IngestError } from '../errors';
import {
  CREDIT_MODEL,
  IRIS_MODEL,
  V1_IRIS_RESPONSE,
  V2_CREDIT_RESPONSE,
  V2_IRIS_PROBA_RESPONSE,
  V2_IRIS_RESPONSE,
} from './__fixtures__/payloads';
import { decodeResponse, readOutput } from './responsePayload';

function refusal(body: unknown, model = IRIS_MODEL): IngestError {
  try {
    decodeResponse(body, model);
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error('expected the response to be refused');
}

describe('readOutput', () => {
  it('takes a scalar as it is and class scores by their largest', () => {
    expect(readOutput('setosa', 'classification')).toEqual({ prediction: 'setosa', confidence: undefined });
    expect(readOutput([0.1, 0.7, 0.2], 'classification')).toEqual({ prediction: 1, confidence: 0.7 });
    expect(readOutput([-2.5, 3.1], 'classification')).toEqual({ prediction: 1, confidence: undefined });
    expect(readOutput([42.5], 'regression')).toEqual({ prediction: 42.5, confidence: undefined });
    expect(readOutput([1, 2], 'regression')).toBe(
      'a regression model predicts one number per instance, got a vector of 2',
    );
    expect(readOutput([0.5, 'x'], 'classification')).toMatch(/an array holding the string "x"/);
  });
});

describe('decodeResponse, v1 predictions', () => {
  it("reads the logger document's predictions", () => {
    const rows = decodeResponse(V1_IRIS_RESPONSE, IRIS_MODEL);
    expect(rows.predictions).toEqual([1, 1]);
    expect(rows.confidences).toEqual([undefined, undefined]);
    expect(rows.pathOf(1, 'prediction')).toBe('predictions[1]');
  });

  it('reads predict_proba rows as class and confidence', () => {
    const rows = decodeResponse(
      {
        predictions: [
          [0.9, 0.1, 0],
          [0.2, 0.3, 0.5],
        ],
      },
      IRIS_MODEL,
    );
    expect(rows.predictions).toEqual([0, 2]);
    expect(rows.confidences).toEqual([0.9, 0.5]);
  });

  it('reads objects by the keys models[].kserve names', () => {
    const rows = decodeResponse(
      {
        predictions: [
          { label: 'good', score: 0.8 },
          { label: 'bad', score: 0.7 },
        ],
      },
      CREDIT_MODEL,
    );
    expect(rows.predictions).toEqual(['good', 'bad']);
    expect(rows.confidences).toEqual([0.8, 0.7]);
    expect(rows.pathOf(1, 'confidence')).toBe('predictions[1].score');
  });

  it('refuses objects it cannot read, pointing at the setting', () => {
    const err = refusal({ predictions: [{ label: 'good', score: 0.8 }] });
    expect(err.kind).toBe('invalid');
    expect(err.details).toEqual([
      {
        path: 'predictions[0]',
        message:
          'an object with the keys label, score: set models[].kserve.prediction to the key holding the prediction',
      },
    ]);
    const missing = refusal({ predictions: [{ label: 'good' }, 'bad'] }, CREDIT_MODEL);
    expect(missing.details.map((d) => d.message)).toEqual([
      'no key "score" (models[].kserve.confidence)',
      'got the string "bad", expected an object with the key "score" (models[].kserve.confidence)',
    ]);
  });

  it('refuses (400) a body of neither protocol', () => {
    expect(refusal({ result: [1] })).toMatchObject({ kind: 'malformed', details: [{ path: '$' }] });
    expect(refusal({ predictions: 'yes' })).toMatchObject({
      kind: 'malformed',
      details: [{ path: 'predictions' }],
    });
  });
});

describe('decodeResponse, v2 outputs', () => {
  it('reads the only output (the sklearn v2 document)', () => {
    const rows = decodeResponse(V2_IRIS_RESPONSE, IRIS_MODEL);
    expect(rows.predictions).toEqual([1, 1]);
    expect(rows.pathOf(0, 'prediction')).toBe('outputs[0].data[0]');
  });

  it('reads a [N, classes] probability output as class and confidence', () => {
    const rows = decodeResponse(V2_IRIS_PROBA_RESPONSE, IRIS_MODEL);
    expect(rows.predictions).toEqual([1, 1]);
    expect(rows.confidences).toEqual([0.9996982074114203, 0.99973341723876]);
  });

  it('reads the outputs models[].kserve names', () => {
    const rows = decodeResponse(V2_CREDIT_RESPONSE, CREDIT_MODEL);
    expect(rows.predictions).toEqual(['good', 'bad']);
    expect(rows.confidences).toEqual([0.91, 0.66]);
    expect(rows.pathOf(1, 'confidence')).toBe('outputs[1].data[1]');
  });

  it('refuses several outputs without a choice, and a named output that is not there', () => {
    expect(refusal(V2_CREDIT_RESPONSE).details).toEqual([
      {
        path: 'outputs',
        message: '2 outputs (label, score): set models[].kserve.prediction to the one holding the prediction',
      },
    ]);
    const model = { ...CREDIT_MODEL, kserve: { prediction: 'label', confidence: 'proba' } };
    expect(refusal(V2_CREDIT_RESPONSE, model).details[0].message).toBe(
      'no output named "proba" (models[].kserve.confidence); outputs: label, score',
    );
  });

  it('refuses a regression output with several numbers per instance', () => {
    const model = { ...IRIS_MODEL, task: 'regression' as const };
    expect(refusal(V2_IRIS_PROBA_RESPONSE, model).details[0]).toEqual({
      path: 'outputs[0].data[0]',
      message: 'a regression model predicts one number per instance, got a vector of 3',
    });
  });
});
