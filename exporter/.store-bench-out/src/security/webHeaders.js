"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.webHeaders = webHeaders;
function webHeaders(headers) {
    const entries = Object.entries(headers);
    return (_req, res, next) => {
        for (const [name, value] of entries)
            res.set(name, value);
        next();
    };
}
//# sourceMappingURL=webHeaders.js.map