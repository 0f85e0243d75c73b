"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.contentLengthLimit = contentLengthLimit;
const respond_1 = require("./respond");
/** The middleware; `maxBytes` ≥ 1. Throws when maxBytes is not a positive integer. */
function contentLengthLimit(maxBytes) {
    if (!Number.isInteger(maxBytes) || maxBytes < 1)
        throw new Error(`contentLengthLimit: maxBytes is ${maxBytes}, expected an integer ≥ 1`);
    return (req, res, next) => {
        const header = req.get('content-length');
        const length = header === undefined ? 0 : Number(header);
        if (Number.isFinite(length) && length <= maxBytes) {
            next();
            return;
        }
        // Do not read the body; close the connection after answering so the client stops sending.
        res.set('Connection', 'close');
        (0, respond_1.refuse)(res, 413, 'request body too large', [
            { path: '', message: `the body is ${header} bytes, the limit is ${maxBytes} bytes` },
        ]);
    };
}
//# sourceMappingURL=bodyLimit.js.map