"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const promqlResponse_1 = require("./promqlResponse");
const vector = (...values) => JSON.stringify({
    status: 'success',
    data: {
        resultType: 'vector',
        result: values.map((v, i) => ({ metric: { i: String(i) }, value: [1700000000, v] })),
    },
});
describe('parsePromqlResponse', () => {
    test('one sample of a vector, or a scalar', () => {
        expect((0, promqlResponse_1.parsePromqlResponse)(200, vector('0.25'))).toEqual({ ok: true, value: 0.25 });
        expect((0, promqlResponse_1.parsePromqlResponse)(200, JSON.stringify({ status: 'success', data: { resultType: 'scalar', result: [1, '42'] } }))).toEqual({ ok: true, value: 42 });
    });
    test('an empty vector and NaN are answers without a number', () => {
        expect((0, promqlResponse_1.parsePromqlResponse)(200, vector())).toEqual({
            ok: true,
            value: null,
            reason: 'query returned no series',
        });
        expect((0, promqlResponse_1.parsePromqlResponse)(200, vector('NaN'))).toEqual({
            ok: true,
            value: null,
            reason: 'query value is NaN',
        });
        expect((0, promqlResponse_1.parsePromqlResponse)(200, vector('+Inf'))).toEqual({ ok: true, value: Infinity });
    });
    test('several series must be aggregated in the query', () => {
        expect((0, promqlResponse_1.parsePromqlResponse)(200, vector('1', '2'))).toEqual({
            ok: false,
            kind: 'result',
            message: 'query returned 2 series, expected 1 (aggregate it, e.g. sum(...))',
        });
    });
    test('Prometheus errors, HTTP errors and garbage are typed failures', () => {
        const bad = JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'parse error at char 5' });
        expect((0, promqlResponse_1.parsePromqlResponse)(400, bad)).toEqual({
            ok: false,
            kind: 'query',
            message: 'bad_data: parse error at char 5',
        });
        expect((0, promqlResponse_1.parsePromqlResponse)(500, '<html>Internal error</html>')).toEqual({
            ok: false,
            kind: 'http',
            message: 'HTTP 500: <html>Internal error</html>',
        });
        expect((0, promqlResponse_1.parsePromqlResponse)(200, '{not json')).toMatchObject({ ok: false, kind: 'parse' });
        expect((0, promqlResponse_1.parsePromqlResponse)(200, '[1,2]')).toEqual({
            ok: false,
            kind: 'parse',
            message: 'answer is not a JSON object',
        });
        expect((0, promqlResponse_1.parsePromqlResponse)(200, JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } }))).toMatchObject({ ok: false, kind: 'result' });
        expect((0, promqlResponse_1.parsePromqlResponse)(200, vector('abc'))).toMatchObject({ ok: false, kind: 'parse' });
    });
});
//# sourceMappingURL=promqlResponse.test.js.map