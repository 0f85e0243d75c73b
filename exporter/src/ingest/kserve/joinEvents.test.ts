/** Joined halves become the events a client would POST; the write path's problems map back to KServe's fields. */
import { IngestError } from '../errors';
import {
  CREDIT_MODEL,
  IRIS_MODEL,
  V1_IRIS_REQUEST,
  V1_IRIS_RESPONSE,
  V2_CREDIT_REQUEST,
  V2_CREDIT_RESPONSE,
} from './__fixtures__/payloads';
import { eventId, inKserveTerms, joinEvents, type InferencePair } from './joinEvents';
import { decodeRequest } from './requestPayload';
import { decodeResponse } from './responsePayload';

function irisPair(overrides: Partial<InferencePair> = {}): InferencePair {
  return {
    id: 'abc',
    requestTime: 1_700_000_000,
    responseTime: 1_700_000_000.25,
    features: decodeRequest(V1_IRIS_REQUEST, IRIS_MODEL),
    predictions: decodeResponse(V1_IRIS_RESPONSE, IRIS_MODEL),
    ...overrides,
  };
}

describe('joinEvents', () => {
  it('makes one event per instance, ids ce-id#k, time and latency from the two ce-times', () => {
    expect(joinEvents(irisPair())).toEqual([
      {
        id: 'abc#0',
        timestamp: 1_700_000_000,
        features: { sepal_length: 6.8, sepal_width: 2.8, petal_length: 4.8, petal_width: 1.4 },
        prediction: 1,
        latency_seconds: 0.25,
      },
      {
        id: 'abc#1',
        timestamp: 1_700_000_000,
        features: { sepal_length: 6.0, sepal_width: 3.4, petal_length: 4.5, petal_width: 1.6 },
        prediction: 1,
        latency_seconds: 0.25,
      },
    ]);
  });

  it('keeps ce-id for a single instance and carries the confidence', () => {
    const pair: InferencePair = {
      id: 'one',
      requestTime: null,
      responseTime: null,
      features: decodeRequest({ instances: [{ income: 1, country: 'DE' }] }, CREDIT_MODEL),
      predictions: decodeResponse({ predictions: [{ label: 'good', score: 0.8 }] }, CREDIT_MODEL),
    };
    expect(joinEvents(pair)).toEqual([
      { id: 'one', features: { income: 1, country: 'DE' }, prediction: 'good', confidence: 0.8 },
    ]);
  });

  it('leaves the latency out when a time is missing or the response was stamped first', () => {
    expect(joinEvents(irisPair({ responseTime: null }))[0]).not.toHaveProperty('latency_seconds');
    const early = joinEvents(irisPair({ responseTime: 1_699_999_999.9 }))[0];
    expect(early).not.toHaveProperty('latency_seconds');
    expect(early.timestamp).toBe(1_700_000_000);
    expect(joinEvents(irisPair({ requestTime: null }))[0].timestamp).toBe(1_700_000_000.25);
  });

  it('refuses halves that count different instances', () => {
    const pair = irisPair({ predictions: decodeResponse({ predictions: [1] }, IRIS_MODEL) });
    expect(() => joinEvents(pair)).toThrow(
      expect.objectContaining({
        kind: 'invalid',
        details: [
          { path: 'predictions', message: 'the response has 1 predictions, the request 2 instances' },
        ],
      }),
    );
  });
});

describe('eventId', () => {
  it('numbers the instances of a batch from 0', () => {
    expect([eventId('r', 0, 1), eventId('r', 0, 3), eventId('r', 2, 3)]).toEqual(['r', 'r#0', 'r#2']);
  });
});

describe('inKserveTerms', () => {
  it("names the header or body field behind each of the write path's problems", () => {
    const pair: InferencePair = {
      id: 'x',
      requestTime: null,
      responseTime: null,
      features: decodeRequest(V2_CREDIT_REQUEST, CREDIT_MODEL),
      predictions: decodeResponse(V2_CREDIT_RESPONSE, CREDIT_MODEL),
    };
    const err = new IngestError('invalid', 'invalid events: nothing was applied', [
      { path: '[1].features.income', message: 'income is a numeric feature: expected a number' },
      { path: '[0].confidence', message: 'confidence must be within 0..1, got 1.5' },
      { path: '[1].prediction', message: 'bad' },
      { path: '[0].id', message: 'id is 300 characters, limit 256' },
      { path: '$', message: 'batch has 2 events, limit 1' },
    ]);
    const translated = inKserveTerms(err, pair) as IngestError;
    expect(translated).toBeInstanceOf(IngestError);
    expect(translated.kind).toBe('invalid');
    expect(translated.details).toEqual([
      {
        path: 'inputs[0].data[1]',
        message: 'income is a numeric feature: expected a number (event [1].features.income)',
      },
      {
        path: 'outputs[1].data[0]',
        message: 'confidence must be within 0..1, got 1.5 (event [0].confidence)',
      },
      { path: 'outputs[0].data[1]', message: 'bad (event [1].prediction)' },
      { path: 'ce-id', message: 'id is 300 characters, limit 256 (event [0].id)' },
      { path: '$', message: 'batch has 2 events, limit 1' },
    ]);
    const other = new Error('disk full');
    expect(inKserveTerms(other, pair)).toBe(other);
  });
});
