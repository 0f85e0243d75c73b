"use strict";
/**
 * Times in the annotations API: Unix seconds, as everywhere in the exporter, or an ISO 8601 date-time;
 * a number above 10^11 is taken as Unix milliseconds (Grafana's `${__from}`), because as seconds it
 * would be past the year 5000.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.MILLISECONDS_ABOVE = void 0;
exports.parseTime = parseTime;
/** Numbers above this are milliseconds (10^11 s is the year 5138; 10^11 ms is 1973). */
exports.MILLISECONDS_ABOVE = 1e11;
/**
 * A time value in Unix seconds, or a message saying what is wrong with it.
 *
 * @example parseTime(1700000000) // { ok: true, seconds: 1700000000 }
 * @example parseTime(1700000000000) // { ok: true, seconds: 1700000000 }
 * @example parseTime('2023-11-14T22:13:20Z') // { ok: true, seconds: 1700000000 }
 */
function parseTime(value) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            return { ok: false, message: `${value} is not a Unix time (seconds ≥ 0)` };
        return { ok: true, seconds: value > exports.MILLISECONDS_ABOVE ? value / 1000 : value };
    }
    if (typeof value === 'string' && value.trim() !== '') {
        const text = value.trim();
        if (/^\d+(\.\d+)?$/.test(text))
            return parseTime(Number(text));
        const ms = /^\d{4}-\d{2}-\d{2}(T|$)/.test(text) ? Date.parse(text) : NaN;
        if (Number.isFinite(ms) && ms >= 0)
            return { ok: true, seconds: ms / 1000 };
    }
    return { ok: false, message: `${JSON.stringify(value)} is neither Unix seconds nor an ISO 8601 date-time` };
}
//# sourceMappingURL=times.js.map