"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DatasetError = void 0;
exports.formatDatasetMessage = formatDatasetMessage;
class DatasetError extends Error {
    source;
    reason;
    location;
    constructor(source, reason, location = {}) {
        super(formatDatasetMessage(source, reason, location));
        this.source = source;
        this.reason = reason;
        this.location = location;
        this.name = 'DatasetError';
    }
}
exports.DatasetError = DatasetError;
/** `source[, line L][ (row R)][, column 'C']: reason`, on one line (line breaks in values are escaped). */
function formatDatasetMessage(source, reason, location) {
    let where = source;
    if (location.line !== undefined)
        where += `, line ${location.line}`;
    if (location.row !== undefined)
        where += location.line !== undefined ? ` (row ${location.row})` : `, row ${location.row}`;
    if (typeof location.column === 'string')
        where += `, column '${location.column}'`;
    else if (typeof location.column === 'number')
        where += `, column ${location.column}`;
    return `${where}: ${reason}`.replace(/\r?\n|\r/g, '\\n');
}
//# sourceMappingURL=datasetError.js.map