import { MAX_EXCERPT, parsePromqlResponse } from './promqlResponse';

const vector = (...values: string[]) =>
  JSON.stringify({
    status: 'success',
    data: {
      resultType: 'vector',
      result: values.map((v, i) => ({ metric: { i: String(i) }, value: [1700000000, v] })),
    },
  });

describe('parsePromqlResponse', () => {
  test('one sample of a vector, or a scalar', () => {
    expect(parsePromqlResponse(200, vector('0.25'))).toEqual({ ok: true, value: 0.25 });
    expect(
      parsePromqlResponse(
        200,
        JSON.stringify({ status: 'success', data: { resultType: 'scalar', result: [1, '42'] } }),
      ),
    ).toEqual({ ok: true, value: 42 });
  });

  test('an empty vector and NaN are answers without a number', () => {
    expect(parsePromqlResponse(200, vector())).toEqual({
      ok: true,
      value: null,
      reason: 'query returned no series',
    });
    expect(parsePromqlResponse(200, vector('NaN'))).toEqual({
      ok: true,
      value: null,
      reason: 'query value is NaN',
    });
    expect(parsePromqlResponse(200, vector('+Inf'))).toEqual({ ok: true, value: Infinity });
  });

  test('several series must be aggregated in the query', () => {
    expect(parsePromqlResponse(200, vector('1', '2'))).toEqual({
      ok: false,
      kind: 'result',
      message: 'query returned 2 series, expected 1 (aggregate it, e.g. sum(...))',
    });
  });

  test('Prometheus errors, HTTP errors and garbage are typed failures', () => {
    const bad = JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'parse error at char 5' });
    expect(parsePromqlResponse(400, bad)).toEqual({
      ok: false,
      kind: 'query',
      message: 'bad_data: parse error at char 5',
    });
    expect(parsePromqlResponse(500, '<html>Internal error</html>')).toEqual({
      ok: false,
      kind: 'http',
      message: 'HTTP 500: <html>Internal error</html>',
    });
    expect(parsePromqlResponse(200, '{not json')).toMatchObject({ ok: false, kind: 'parse' });
    expect(parsePromqlResponse(200, '[1,2]')).toEqual({
      ok: false,
      kind: 'parse',
      message: 'answer is not a JSON object',
    });
    expect(
      parsePromqlResponse(
        200,
        JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } }),
      ),
    ).toMatchObject({ ok: false, kind: 'result' });
    expect(parsePromqlResponse(200, vector('abc'))).toMatchObject({ ok: false, kind: 'parse' });
  });
});

describe('upstream text in messages', () => {
  it('quotes at most a short excerpt, with control and bidi characters neutralised', () => {
    const garbage = `<b>\u202Eevil\u0000\u0007 ${'x'.repeat(10_000)}`;
    const r = parsePromqlResponse(502, garbage);
    if (r.ok) throw new Error('expected an error');
    expect(r.message.length).toBeLessThanOrEqual('HTTP 502: '.length + MAX_EXCERPT + 1);
    expect([...r.message].some((c) => c.charCodeAt(0) < 0x20 || c === '\u202e')).toBe(false);
    expect(r.message.startsWith('HTTP 502: <b>\ufffdevil\ufffd\ufffd x')).toBe(true);
    expect(r.message.endsWith('…')).toBe(true);
  });
});
