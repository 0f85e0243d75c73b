"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isWanted = isWanted;
exports.checkRequestedColumns = checkRequestedColumns;
const datasetError_1 = require("./datasetError");
/** Whether `name` is to be kept under `options`. */
function isWanted(options, name) {
    return options.columns === undefined || options.columns.includes(name);
}
/** Throws when `--columns` or `--types` name a column the file does not have. */
function checkRequestedColumns(source, present, options, line) {
    const has = new Set(present);
    const requested = [...(options.columns ?? []), ...(options.types?.keys() ?? [])];
    const absent = [...new Set(requested.filter((name) => !has.has(name)))];
    if (absent.length === 0)
        return;
    const list = absent.map((name) => `'${name}'`).join(', ');
    throw new datasetError_1.DatasetError(source, `no column ${list} (columns: ${present.join(', ')})`, line === undefined ? {} : { line });
}
//# sourceMappingURL=dataset.js.map