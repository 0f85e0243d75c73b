"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.refuse = refuse;
/** Sends `status` with `{error, details}` as JSON. */
function refuse(res, status, error, details) {
    const body = { error, details };
    res.status(status).json(body);
}
//# sourceMappingURL=respond.js.map