"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.notFound = exports.HttpError = void 0;
exports.errorHandler = errorHandler;
/** An error meant for the client, answered as it is. */
class HttpError extends Error {
    status;
    details;
    constructor(status, message, details = []) {
        super(message);
        this.status = status;
        this.details = details;
        this.name = 'HttpError';
    }
}
exports.HttpError = HttpError;
function isBodyParserError(err) {
    return typeof err === 'object' && err !== null && typeof err.type === 'string';
}
function fromBodyParser(err) {
    if (err.type === 'entity.too.large') {
        const detail = `the body is ${err.length ?? 'more than'} bytes, the limit is ${err.limit} bytes`;
        return new HttpError(413, 'request body too large', [{ path: '', message: detail }]);
    }
    if (err.type === 'request.aborted')
        return new HttpError(400, 'request aborted', []);
    if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') {
        return new HttpError(415, 'unsupported body encoding', [{ path: '', message: err.type }]);
    }
    if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
        return new HttpError(err.status, 'bad request body', [{ path: '', message: err.type }]);
    }
    return null;
}
/**
 * Any other client error that express or the body reader raised with a 4xx `status` but no body-parser
 * `type`: a URL parameter that is not valid percent-encoding (the router's URIError), a gzip, deflate
 * or br body that does not decompress.
 */
function fromClientError(err, contentEncoding) {
    if (typeof err !== 'object' || err === null)
        return null;
    const { status, message } = err;
    if (typeof status !== 'number' || status < 400 || status >= 500)
        return null;
    const why = typeof message === 'string' && message !== '' ? message : `HTTP ${status}`;
    if (why.startsWith('Failed to decode param'))
        return new HttpError(status, 'bad request URL', [{ path: 'URL', message: why }]);
    return contentEncoding === undefined || contentEncoding === 'identity'
        ? new HttpError(status, 'bad request body', [{ path: '', message: why }])
        : new HttpError(status, 'bad request body', [
            { path: 'Content-Encoding', message: `the body does not decode as ${contentEncoding}: ${why}` },
        ]);
}
/** The last error middleware: HttpError and body-parser errors as JSON, anything else as a 500. */
function errorHandler(log) {
    return (err, req, res, next) => {
        if (res.headersSent) {
            next(err);
            return;
        }
        const known = err instanceof HttpError
            ? err
            : ((isBodyParserError(err) ? fromBodyParser(err) : null) ??
                fromClientError(err, req.get('content-encoding')));
        if (known !== null) {
            const body = { error: known.message, details: known.details };
            res.status(known.status).json(body);
            return;
        }
        log(`${req.method} ${req.originalUrl}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        const body = { error: 'internal error', details: [] };
        res.status(500).json(body);
    };
}
/** Unknown routes: 404 in the same JSON shape. */
const notFound = (req, res) => {
    const body = {
        error: 'not found',
        details: [{ path: req.path, message: `no route for ${req.method} ${req.path}` }],
    };
    res.status(404).json(body);
};
exports.notFound = notFound;
//# sourceMappingURL=errors.js.map