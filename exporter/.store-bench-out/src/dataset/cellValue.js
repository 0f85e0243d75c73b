"use strict";
/**
 * How one cell of a data file is read: a finite number, a missing value, or text.
 *
 * Missing: an empty (or all-blank) cell and the tokens `NaN`, `Inf`, `Infinity` with an optional sign,
 * in any letter case, as numpy and pandas write them. A decimal literal whose value overflows to ±Infinity
 * (`1e999`) is missing too, because ±Inf counts as missing everywhere in mlhealth.
 * Numbers: decimal literals only (`-1.5`, `.5`, `1e-3`, surrounding blanks allowed). Hex, octal and binary
 * literals, which `Number()` would accept, and `1_000` are text, as in Python's `float()`.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.NOT_FAST = void 0;
exports.parseDecimalBytes = parseDecimalBytes;
exports.isMissingText = isMissingText;
exports.parseDecimalText = parseDecimalText;
exports.classifyText = classifyText;
/** Returned by {@link parseDecimalBytes} when the bytes are not a plain decimal in its fast path. */
exports.NOT_FAST = Number.NaN;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const MISSING_TOKEN = /^[+-]?(?:nan|inf|infinity)$/i;
/**
 * Reads a decimal literal from `bytes[start, end)` without making a string.
 *
 * Convention: Clinger's fast path. With at most 15 significant digits the mantissa is an exact integer
 * below 2^53, and 10^k for |k| ≤ 22 is exact, so one multiplication or division rounds once and gives the
 * correctly rounded double, the same value as `Number(text)`. Anything else (blanks, more digits, larger
 * exponents, non-numbers) returns `NOT_FAST` (NaN) and the caller takes the slow path
 * ({@link classifyText}).
 * Complexity: O(end − start). Throws nothing.
 * @example parseDecimalBytes(Buffer.from('-12.5e1'), 0, 7) // -125
 */
function parseDecimalBytes(bytes, start, end) {
    let i = start;
    let negative = false;
    if (bytes[i] === 0x2d) {
        negative = true;
        i++;
    }
    else if (bytes[i] === 0x2b)
        i++;
    let mantissa = 0;
    let digits = 0;
    let exponent = 0;
    let d = 0;
    while (i < end && (d = bytes[i] - 0x30) >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        digits++;
        i++;
    }
    if (i < end && bytes[i] === 0x2e) {
        i++;
        while (i < end && (d = bytes[i] - 0x30) >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            digits++;
            exponent--;
            i++;
        }
    }
    if (digits === 0 || digits > 15)
        return exports.NOT_FAST;
    if (i < end && (bytes[i] | 0x20) === 0x65) {
        i++;
        let expNegative = false;
        if (bytes[i] === 0x2d) {
            expNegative = true;
            i++;
        }
        else if (bytes[i] === 0x2b)
            i++;
        let expDigits = 0;
        let written = 0;
        while (i < end && (d = bytes[i] - 0x30) >= 0 && d <= 9 && expDigits < 6) {
            written = written * 10 + d;
            expDigits++;
            i++;
        }
        if (expDigits === 0)
            return exports.NOT_FAST;
        exponent += expNegative ? -written : written;
    }
    if (i !== end)
        return exports.NOT_FAST;
    let value;
    if (exponent === 0)
        value = mantissa;
    else if (exponent < 0 && exponent >= -22)
        value = mantissa / POWERS_OF_TEN[-exponent];
    else if (exponent > 0 && exponent <= 22)
        value = mantissa * POWERS_OF_TEN[exponent];
    else
        return exports.NOT_FAST;
    return negative ? -value : value;
}
/** Whether `text` is a missing value: blank, or NaN/Inf/Infinity with an optional sign, any case. */
function isMissingText(text) {
    // Most cells start with a character no missing spelling starts with: skip the trim and the regex.
    const code = text.charCodeAt(0);
    const lower = code | 0x20;
    if (code > 0x20 && code < 0x7f && lower !== 0x6e && lower !== 0x69 && code !== 0x2b && code !== 0x2d)
        return false;
    const trimmed = text.trim();
    return trimmed === '' || MISSING_TOKEN.test(trimmed);
}
/**
 * Reads a decimal literal from `text` (blanks around it allowed): the number, or NaN when `text` is not a
 * decimal literal. An overflowing literal gives ±Infinity; callers treat non-finite results as missing.
 */
function parseDecimalText(text) {
    const trimmed = text.trim();
    return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}
/**
 * Classifies a cell's text: missing (blank, NaN, ±Inf, an overflowing literal), a finite number, or text.
 * Returns the kind and, for numbers, the value.
 * @example classifyText(' 2.5 ') // { kind: 'number', value: 2.5 }
 */
function classifyText(text) {
    if (isMissingText(text))
        return { kind: 'missing', value: Number.NaN };
    const value = parseDecimalText(text);
    if (Number.isNaN(value))
        return { kind: 'text', value };
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'missing', value: Number.NaN };
}
//# sourceMappingURL=cellValue.js.map