"use strict";
/**
 * Timestamps in the spec: ISO-8601 / RFC 3339 strings (`2025-03-01T12:00:00Z`, `2025-03-01`) or Unix
 * seconds. The loader turns them into Unix seconds; the serializer writes them back as UTC strings.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseTimestamp = parseTimestamp;
exports.formatTimestamp = formatTimestamp;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}(?::?\d{2})?)$/;
/**
 * Unix seconds from a spec timestamp.
 *
 * Convention: a number is already Unix seconds; a date alone is midnight UTC; a date-time must carry a
 * zone (`Z` or `±hh:mm`), since a zone-less time means different instants on different machines.
 *
 * @throws Error naming the value when it is not a finite number or not one of those string forms, or
 *   names an impossible date (2025-02-30).
 * @example parseTimestamp('2025-03-01T00:00:00Z') // 1740787200
 * @example parseTimestamp('2025-03-01') // 1740787200
 */
function parseTimestamp(value) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new Error(`parseTimestamp: ${value} is not a finite number of Unix seconds`);
        return value;
    }
    const date = DATE_RE.exec(value);
    const dateTime = DATE_TIME_RE.exec(value);
    if (date === null && dateTime === null) {
        throw new Error(`parseTimestamp: '${value}' is not a timestamp; expected ISO-8601 with a zone (2025-03-01T12:00:00Z), a date (2025-03-01) or Unix seconds`);
    }
    const parts = (date ?? dateTime);
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
        throw new Error(`parseTimestamp: '${value}' names a day that does not exist`);
    }
    const millis = Date.parse(date !== null ? `${value}T00:00:00Z` : normalizeDateTime(value));
    if (Number.isNaN(millis))
        throw new Error(`parseTimestamp: '${value}' could not be read as a time`);
    return millis / 1000;
}
/** `2025-03-01 12:00:00+0100` → `2025-03-01T12:00:00+01:00`, the form `Date.parse` reads everywhere. */
function normalizeDateTime(value) {
    const withT = `${value.slice(0, 10)}T${value.slice(11)}`;
    return withT.replace(/([+-]\d{2}):?(\d{2})?$/, (_m, hours, minutes) => `${hours}:${minutes ?? '00'}`);
}
/**
 * A UTC ISO-8601 string for Unix seconds: `2025-03-01T00:00:00Z`, with milliseconds only when present.
 *
 * @throws Error when `seconds` is not finite.
 * @example formatTimestamp(1740787200) // '2025-03-01T00:00:00Z'
 */
function formatTimestamp(seconds) {
    if (!Number.isFinite(seconds))
        throw new Error(`formatTimestamp: ${seconds} is not a finite number of seconds`);
    const iso = new Date(Math.round(seconds * 1000)).toISOString();
    return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}
//# sourceMappingURL=timestamp.js.map