"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const cellValue_1 = require("./cellValue");
const fast = (text) => (0, cellValue_1.parseDecimalBytes)(Buffer.from(text, 'latin1'), 0, text.length);
describe('parseDecimalBytes', () => {
    it('reads plain decimals exactly as Number() does', () => {
        for (const text of [
            '0',
            '-0',
            '42',
            '-12.5e1',
            '.5',
            '1.',
            '+3.25',
            '1e-7',
            '1E+22',
            '123456789012345',
            '0.1',
            '9.99e-5',
        ]) {
            expect(Object.is(fast(text), Number(text))).toBe(true);
        }
    });
    it('leaves everything outside the fast path to the slow path', () => {
        for (const text of [
            '',
            '-',
            '.',
            'e5',
            '1e',
            '1e23',
            '1e-23',
            '1234567890123456',
            ' 1',
            '1 ',
            '0x1A',
            'NaN',
            '1,5',
            '1.2.3',
        ]) {
            expect(fast(text)).toBe(cellValue_1.NOT_FAST);
        }
    });
    it('is correctly rounded: equals Number() on random short decimals', () => {
        const decimal = fast_check_1.default
            .tuple(fast_check_1.default.boolean(), fast_check_1.default.stringMatching(/^\d{1,9}$/), fast_check_1.default.stringMatching(/^\d{0,6}$/), fast_check_1.default.integer({ min: -22, max: 22 }), fast_check_1.default.boolean())
            .map(([neg, int, frac, exp, withExp]) => `${neg ? '-' : ''}${int}${frac ? '.' + frac : ''}${withExp ? 'e' + exp : ''}`);
        fast_check_1.default.assert(fast_check_1.default.property(decimal, (text) => {
            const value = fast(text);
            if (!Number.isNaN(value))
                expect(Object.is(value, Number(text))).toBe(true);
        }), { numRuns: 2000 });
    });
    it('round-trips every double written by String()', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
            const text = String(x);
            const value = fast(text);
            // String(-0) is '0', so compare with === (which equates 0 and -0).
            expect((Number.isNaN(value) ? (0, cellValue_1.parseDecimalText)(text) : value) === x).toBe(true);
        }), { numRuns: 2000 });
    });
});
describe('classifyText', () => {
    it('treats blanks, NaN and ±Inf spellings and overflowing literals as missing', () => {
        for (const text of [
            '',
            '   ',
            'NaN',
            'nan',
            '-nan',
            'inf',
            '-Inf',
            '+INF',
            'Infinity',
            '-infinity',
            '1e999',
            '-1e400',
        ]) {
            expect((0, cellValue_1.classifyText)(text).kind).toBe('missing');
            expect((0, cellValue_1.isMissingText)(text) || text.includes('e')).toBe(true);
        }
    });
    it('reads decimal literals with surrounding blanks as numbers', () => {
        expect((0, cellValue_1.classifyText)(' 2.5 ')).toEqual({ kind: 'number', value: 2.5 });
        expect((0, cellValue_1.classifyText)('1e-400')).toEqual({ kind: 'number', value: 0 });
    });
    it('keeps hex, octal, binary, underscores and words as text, as Python float() would reject them', () => {
        for (const text of ['0x1A', '0o7', '0b101', '1_000', 'abc', 'N/A', 'null', '1.2.3', '--1']) {
            expect((0, cellValue_1.classifyText)(text).kind).toBe('text');
        }
    });
});
describe('isMissingText', () => {
    it('sees missing spellings behind any leading blank, ASCII or not', () => {
        for (const text of ['\tNaN', '\n inf', '\u00a0-Inf', '\ufeffnan', ' '])
            expect((0, cellValue_1.isMissingText)(text)).toBe(true);
        for (const text of ['Nope', 'info', '+1', '-x', 'a', '\u00e9'])
            expect((0, cellValue_1.isMissingText)(text)).toBe(false);
    });
});
//# sourceMappingURL=cellValue.test.js.map