"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_UNIX_SECONDS = void 0;
exports.isNonFiniteText = isNonFiniteText;
exports.checkNumber = checkNumber;
exports.checkTimestamp = checkTimestamp;
exports.checkKey = checkKey;
exports.checkClass = checkClass;
exports.isObject = isObject;
/**
 * Checks of single event fields, shared by events, labels and reference rows. Each returns the
 * normalised value or a problem with its reject reason; none throws.
 */
const parseBody_1 = require("./parseBody");
const NON_FINITE_TEXT = /^\s*[+-]?(?:nan|inf|infinity)\s*$/i;
// ISO 8601 date-time with a zone (Z or ±hh:mm); Date.parse alone accepts too much.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** Unix seconds past this are surely milliseconds (year 5138). */
exports.MAX_UNIX_SECONDS = 1e11;
const ok = (value) => ({ ok: true, value });
const fail = (path, reason, message) => ({
    ok: false,
    problem: { path, message, reason },
});
/** True for strings that spell a non-finite number (`NaN`, `Infinity`, `-inf`, any case). */
function isNonFiniteText(value) {
    return typeof value === 'string' && mayBeNonFinite(value) && NON_FINITE_TEXT.test(value);
}
/**
 * A cheap pre-check for `NON_FINITE_TEXT`, which only matches text starting (ASCII) with a blank, a
 * sign, `n` or `i`: keeps the regular expression off ordinary categories. Non-ASCII first characters
 * (Unicode blanks) are left to the expression.
 */
function mayBeNonFinite(text) {
    const code = text.charCodeAt(0);
    if (code > 0x7f)
        return true;
    const lower = code | 0x20;
    return lower === 0x6e || lower === 0x69 || code === 0x2b || code === 0x2d || code <= 0x20;
}
/** A finite number, else `non_finite` for NaN/Infinity spellings or `invalid_field`. */
function checkNumber(value, path, what) {
    if (typeof value === 'number' && Number.isFinite(value))
        return ok(value);
    if (isNonFiniteText(value) || typeof value === 'number')
        return fail(path, 'non_finite', `${what} must be a finite number, got ${(0, parseBody_1.describe)(value)}`);
    return fail(path, 'invalid_field', `${what} must be a number, got ${(0, parseBody_1.describe)(value)}`);
}
/** Unix seconds (number) or an ISO 8601 date-time with a zone, as Unix seconds. */
function checkTimestamp(value, path) {
    if (typeof value === 'string' && ISO_DATE_TIME.test(value.trim())) {
        const ms = Date.parse(value.trim());
        if (Number.isFinite(ms))
            return ok(ms / 1000);
    }
    if (typeof value === 'string') {
        return fail(path, isNonFiniteText(value) ? 'non_finite' : 'invalid_field', `timestamp must be Unix seconds or an ISO 8601 date-time with a zone, got ${(0, parseBody_1.describe)(value)}`);
    }
    const n = checkNumber(value, path, 'timestamp');
    if (!n.ok)
        return n;
    if (n.value < 0 || n.value > exports.MAX_UNIX_SECONDS) {
        return fail(path, 'invalid_field', `timestamp ${n.value} is not Unix seconds${n.value > exports.MAX_UNIX_SECONDS ? ' (milliseconds?)' : ''}`);
    }
    return n;
}
/** A non-empty string of at most `maxLength` characters; numbers are accepted and stringified. */
function checkKey(value, path, what, maxLength) {
    const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    if (typeof text !== 'string' || text === '')
        return fail(path, 'invalid_field', `${what} must be a non-empty string, got ${(0, parseBody_1.describe)(value)}`);
    if (text.length > maxLength)
        return fail(path, 'invalid_field', `${what} is ${text.length} characters, limit ${maxLength}`);
    return ok(text);
}
/** A class label: string, finite number or boolean, as a string of at most `maxLength` characters. */
function checkClass(value, path, what, maxLength) {
    if (typeof value === 'boolean')
        return ok(String(value));
    if (isNonFiniteText(value))
        return fail(path, 'non_finite', `${what} must be finite, got ${(0, parseBody_1.describe)(value)}`);
    if (typeof value !== 'string' && typeof value !== 'number') {
        return fail(path, 'invalid_field', `${what} must be a class (string, number or boolean), got ${(0, parseBody_1.describe)(value)}`);
    }
    return checkKey(value, path, what, maxLength);
}
/** True for a plain JSON object (not null, not an array). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=fieldChecks.js.map