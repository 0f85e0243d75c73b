"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const duration_1 = require("./duration");
const timestamp_1 = require("./timestamp");
describe('parseDuration', () => {
    it.each([
        ['0', 0],
        ['30s', 30],
        ['15m', 900],
        ['1h30m', 5400],
        ['7d', 604800],
        ['2w', 1209600],
        ['1y', 31536000],
        ['250ms', 0.25],
        ['1s500ms', 1.5],
        ['1d2h3m4s', 93784],
    ])('reads %s as %d seconds', (text, seconds) => {
        expect((0, duration_1.parseDuration)(text)).toBe(seconds);
    });
    it.each(['', '5', '5 m', '1.5h', 'm5', '5M', '1m1h', '1s1s', '-5s', '5sec'])('rejects %j naming the text', (text) => {
        expect(() => (0, duration_1.parseDuration)(text)).toThrow(`parseDuration: '${text}' is not a duration`);
    });
});
describe('formatDuration', () => {
    it.each([
        [0, '0s'],
        [900, '15m'],
        [5400, '1h30m'],
        [86400, '1d'],
        [93784, '1d2h3m4s'],
        [0.25, '250ms'],
        [1209600, '2w'],
        [31536000 + 86400, '1y1d'],
    ])('writes %d seconds as %s', (seconds, text) => {
        expect((0, duration_1.formatDuration)(seconds)).toBe(text);
    });
    it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (seconds) => {
        expect(() => (0, duration_1.formatDuration)(seconds)).toThrow('formatDuration');
    });
    it('rejects values finer than a millisecond', () => {
        expect(() => (0, duration_1.formatDuration)(0.0005)).toThrow('not a whole number of milliseconds');
    });
    it('round-trips through parseDuration for every whole number of milliseconds', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.integer({ min: 0, max: 5e12 }), (millis) => {
            const seconds = millis / 1000;
            expect((0, duration_1.parseDuration)((0, duration_1.formatDuration)(seconds))).toBe(seconds);
        }));
    });
});
describe('timestamps', () => {
    it.each([
        ['2025-03-01T00:00:00Z', 1740787200],
        ['2025-03-01', 1740787200],
        ['2025-03-01T01:00:00+01:00', 1740787200],
        ['2025-03-01 01:00:00+0100', 1740787200],
        ['2025-03-01T00:00:00.250Z', 1740787200.25],
    ])('reads %s', (text, seconds) => {
        expect((0, timestamp_1.parseTimestamp)(text)).toBe(seconds);
    });
    it('takes numbers as Unix seconds', () => {
        expect((0, timestamp_1.parseTimestamp)(1740787200)).toBe(1740787200);
    });
    it.each(['2025-03-01T00:00:00', '2025-02-30', 'yesterday', '03/01/2025'])('rejects %s', (text) => {
        expect(() => (0, timestamp_1.parseTimestamp)(text)).toThrow('parseTimestamp');
    });
    it('writes UTC ISO-8601 with milliseconds only when present', () => {
        expect((0, timestamp_1.formatTimestamp)(1740787200)).toBe('2025-03-01T00:00:00Z');
        expect((0, timestamp_1.formatTimestamp)(1740787200.25)).toBe('2025-03-01T00:00:00.250Z');
    });
});
//# sourceMappingURL=duration.test.js.map