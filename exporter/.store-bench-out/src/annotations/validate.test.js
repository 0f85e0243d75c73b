"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const query_1 = require("./query");
const times_1 = require("./times");
const validate_1 = require("./validate");
const NOW = 1_700_000_000;
const ctx = { now: NOW, nodeExists: (id) => ['fraud', 'revenue_assurance'].includes(id) };
describe('parseAnnotationBody', () => {
    it('accepts a minimal annotation, at now, as a user annotation', () => {
        expect((0, validate_1.parseAnnotationBody)({ text: ' deployed v2 ' }, ctx)).toEqual({
            ok: true,
            draft: { time: NOW, text: 'deployed v2', tags: [], nodes: [], source: 'user' },
        });
    });
    it('accepts a region with ISO times, tags and nodes, trimmed and de-duplicated', () => {
        const r = (0, validate_1.parseAnnotationBody)({
            time: '2023-11-14T22:13:20Z',
            time_end: NOW + 600,
            text: 'incident',
            tags: ['incident', ' incident', 'p1'],
            nodes: ['fraud', 'fraud'],
        }, ctx);
        expect(r).toEqual({
            ok: true,
            draft: {
                time: NOW,
                timeEnd: NOW + 600,
                text: 'incident',
                tags: ['incident', 'p1'],
                nodes: ['fraud'],
                source: 'user',
            },
        });
    });
    it('lists every problem at once, each with its path', () => {
        const r = (0, validate_1.parseAnnotationBody)({
            time: 'yesterday',
            time_end: -5,
            text: 'x'.repeat(validate_1.MAX_TEXT_LENGTH + 1),
            tags: [...Array.from({ length: validate_1.MAX_TAGS }, (_, i) => `t${i}`), 'y'.repeat(51), 3, 'a\u0007b'],
            nodes: ['fraud', 'nope'],
            source: 'auto',
        }, ctx);
        expect(r.ok).toBe(false);
        if (r.ok)
            return;
        expect(r.problems).toEqual([
            { path: 'source', message: 'unknown field (allowed: time, time_end, text, tags, nodes)' },
            { path: 'time', message: '"yesterday" is neither Unix seconds nor an ISO 8601 date-time' },
            { path: 'time_end', message: '-5 is not a Unix time (seconds ≥ 0)' },
            { path: 'text', message: `${validate_1.MAX_TEXT_LENGTH + 1} characters, at most ${validate_1.MAX_TEXT_LENGTH} allowed` },
            { path: 'tags', message: `13 items, at most ${validate_1.MAX_TAGS} allowed` },
            { path: 'tags[10]', message: '51 characters, at most 50 allowed' },
            { path: 'tags[11]', message: 'expected a non-empty string' },
            { path: 'tags[12]', message: 'contains control characters' },
            { path: 'nodes[1]', message: "no node 'nope' in the spec" },
        ]);
    });
    it('refuses a missing text, a region that ends before it starts, and a body that is not an object', () => {
        expect((0, validate_1.parseAnnotationBody)({ time: NOW, time_end: NOW - 1 }, ctx)).toEqual({
            ok: false,
            problems: [
                { path: 'time_end', message: `is before time (${NOW - 1} < ${NOW})` },
                { path: 'text', message: 'required: a non-empty string' },
            ],
        });
        expect((0, validate_1.parseAnnotationBody)([{ text: 'a' }], ctx)).toMatchObject({ ok: false, problems: [{ path: '' }] });
        expect((0, validate_1.parseAnnotationBody)({ text: 'a\u0000b' }, ctx)).toMatchObject({
            ok: false,
            problems: [{ path: 'text' }],
        });
    });
    it('keeps HTML as the text it is (escaping happens where HTML is rendered)', () => {
        expect((0, validate_1.parseAnnotationBody)({ text: '<script>alert(1)</script>' }, ctx)).toMatchObject({
            ok: true,
            draft: { text: '<script>alert(1)</script>' },
        });
    });
});
describe('parseTime', () => {
    it('reads Unix seconds, milliseconds above 1e11, numeric strings and ISO 8601', () => {
        expect((0, times_1.parseTime)(NOW)).toEqual({ ok: true, seconds: NOW });
        expect((0, times_1.parseTime)(NOW * 1000)).toEqual({ ok: true, seconds: NOW });
        expect((0, times_1.parseTime)(String(NOW * 1000))).toEqual({ ok: true, seconds: NOW });
        expect((0, times_1.parseTime)('2023-11-14T22:13:20.500Z')).toEqual({ ok: true, seconds: NOW + 0.5 });
        expect((0, times_1.parseTime)('2023-11-14')).toEqual({ ok: true, seconds: 1_699_920_000 });
        expect((0, times_1.parseTime)(NaN)).toEqual({ ok: false, message: 'NaN is not a Unix time (seconds ≥ 0)' });
        expect((0, times_1.parseTime)('Nov 14 2023')).toMatchObject({ ok: false });
        expect((0, times_1.parseTime)(null)).toMatchObject({ ok: false });
    });
});
describe('parseAnnotationQuery', () => {
    it('reads the filters, with defaults', () => {
        expect((0, query_1.parseAnnotationQuery)({})).toEqual({
            ok: true,
            parsed: { query: { limit: 100 }, format: 'mlhealth' },
        });
        expect((0, query_1.parseAnnotationQuery)({
            from: String(NOW * 1000),
            to: '2023-11-15T00:00:00Z',
            node: 'fraud',
            tag: ['a', 'b'],
            source: 'auto',
            limit: '5',
            format: 'grafana',
            panelId: '3',
        })).toEqual({
            ok: true,
            parsed: {
                query: { from: NOW, to: 1_700_006_400, node: 'fraud', tags: ['a', 'b'], source: 'auto', limit: 5 },
                format: 'grafana',
            },
        });
        expect((0, query_1.parseAnnotationQuery)({ tag: 'deploy' })).toMatchObject({
            ok: true,
            parsed: { query: { tags: ['deploy'] } },
        });
    });
    it('lists every bad parameter', () => {
        expect((0, query_1.parseAnnotationQuery)({ from: 'x', to: '1', limit: '0', source: 'bot', format: 'csv' })).toEqual({
            ok: false,
            problems: [
                { path: 'limit', message: "'0' is not an integer in 1..1000" },
                { path: 'from', message: '"x" is neither Unix seconds nor an ISO 8601 date-time' },
                { path: 'source', message: "'bot' is not user or auto" },
                { path: 'format', message: "'csv' is not mlhealth or grafana" },
            ],
        });
        expect((0, query_1.parseAnnotationQuery)({ from: '10', to: '5' })).toMatchObject({
            ok: false,
            problems: [{ path: 'to', message: 'is before from (5 < 10)' }],
        });
    });
});
//# sourceMappingURL=validate.test.js.map