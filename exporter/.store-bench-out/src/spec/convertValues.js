"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.seconds = seconds;
exports.unixSeconds = unixSeconds;
/**
 * Durations and timestamps as the loader converts them, reporting values it cannot read instead of
 * throwing, so one pass collects every problem.
 */
const duration_1 = require("./duration");
const timestamp_1 = require("./timestamp");
/** Seconds of a raw duration, reporting (and returning 0 for) text `parseDuration` rejects. */
function seconds(raw, path, sink) {
    if (typeof raw === 'number')
        return raw;
    try {
        return (0, duration_1.parseDuration)(raw);
    }
    catch (err) {
        sink(path, err.message.replace(/^parseDuration: /, ''));
        return 0;
    }
}
/** Unix seconds of a raw timestamp, reporting (and returning 0 for) values `parseTimestamp` rejects. */
function unixSeconds(raw, path, sink) {
    try {
        return (0, timestamp_1.parseTimestamp)(raw);
    }
    catch (err) {
        sink(path, err.message.replace(/^parseTimestamp: /, ''));
        return 0;
    }
}
//# sourceMappingURL=convertValues.js.map