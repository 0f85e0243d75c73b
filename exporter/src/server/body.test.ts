import { checkContentType, requestText } from './body';
import { HttpError } from './errors';

/** The 415 thrown for `contentType` and `text`, or undefined when the body is accepted. */
function refusal(contentType: string | undefined, text?: string): HttpError | undefined {
  try {
    checkContentType(contentType, text);
    return undefined;
  } catch (err) {
    if (err instanceof HttpError) return err;
    throw err;
  }
}

describe('checkContentType', () => {
  it('accepts JSON, NDJSON, plain text, +json types and an absent type', () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'application/x-ndjson',
      'text/plain',
      'application/vnd.api+json',
      undefined,
    ]) {
      expect(refusal(type, 'not even JSON')).toBeUndefined();
    }
  });

  it('accepts a form-encoded body that is valid JSON (what curl -d sends)', () => {
    expect(refusal('application/x-www-form-urlencoded', '[{"features": {"amount": 3}}]')).toBeUndefined();
    expect(refusal('application/x-www-form-urlencoded', '{"text": "deploy 1.2"}')).toBeUndefined();
  });

  it('refuses a form-encoded body that is not JSON with 415 naming the accepted types', () => {
    const err = refusal('application/x-www-form-urlencoded', 'text=deploy');
    expect(err?.status).toBe(415);
    expect(err?.details).toHaveLength(1);
    expect(err?.details[0]?.path).toBe('Content-Type');
    expect(err?.details[0]?.message).toMatch(
      /^got 'application\/x-www-form-urlencoded' with a body that is not JSON, expected application\/json or application\/x-ndjson \(also accepted: .*text\/plain.*application\/x-www-form-urlencoded when the body is valid JSON/,
    );
    // NDJSON is not one JSON document: curl -d strips its newlines anyway.
    expect(refusal('application/x-www-form-urlencoded', '{"a":1}\n{"a":2}')?.status).toBe(415);
    // Without the body there is nothing to accept it by.
    expect(refusal('application/x-www-form-urlencoded')?.status).toBe(415);
  });

  it('keeps 415 for every other type, even with a JSON body', () => {
    for (const type of ['multipart/form-data; boundary=x', 'text/csv', 'application/octet-stream']) {
      const err = refusal(type, '{"a": 1}');
      expect(err?.status).toBe(415);
      expect(err?.details[0]?.message).toContain(`got '${type.split(';')[0]}', expected application/json`);
    }
  });
});

describe('requestText', () => {
  it('returns the body of an accepted form post as text, and throws 415 for a refused one', () => {
    expect(requestText(Buffer.from('{"a": 1}'), 'application/x-www-form-urlencoded')).toBe('{"a": 1}');
    expect(() => requestText(Buffer.from('a=1'), 'application/x-www-form-urlencoded')).toThrow(HttpError);
    expect(requestText(undefined, 'application/json')).toBe('');
  });
});
