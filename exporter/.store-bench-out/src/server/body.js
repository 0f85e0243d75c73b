"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkContentType = checkContentType;
exports.rawBody = rawBody;
exports.requestText = requestText;
/**
 * Request bodies of the write API: the raw bytes are read with a size limit (413 past it) and handed
 * on as text; the ingest layer parses JSON or NDJSON itself, so that a syntax error names the line.
 * Only JSON-ish content types are accepted (415 otherwise): a form post or a file upload is a client
 * mistake worth naming.
 */
const express_1 = __importDefault(require("express"));
const errors_1 = require("./errors");
const ACCEPTED_TYPES = [
    'application/json',
    'application/x-ndjson',
    'application/ndjson',
    'application/jsonl',
    'application/x-jsonlines',
    'text/plain',
];
/** Throws 415 for a content type that is not JSON, NDJSON or plain text; absent is taken as JSON. */
function checkContentType(contentType) {
    const type = (contentType ?? 'application/json').split(';')[0].trim().toLowerCase();
    if (type === '' || ACCEPTED_TYPES.includes(type) || type.endsWith('+json'))
        return;
    throw new errors_1.HttpError(415, 'unsupported content type', [
        { path: 'Content-Type', message: `got '${type}', expected application/json or application/x-ndjson` },
    ]);
}
/** Reads the raw body (any content type) as a Buffer, up to `limitBytes` (413 past it). */
function rawBody(limitBytes) {
    return express_1.default.raw({ type: () => true, limit: limitBytes });
}
/** The body of a request that went through `rawBody`, as UTF-8 text ('' when there was none). */
function requestText(body, contentType) {
    checkContentType(contentType);
    return Buffer.isBuffer(body) ? body.toString('utf8') : '';
}
//# sourceMappingURL=body.js.map