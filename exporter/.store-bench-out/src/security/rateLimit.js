"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clientKey = clientKey;
exports.rateLimit = rateLimit;
const respond_1 = require("./respond");
const scopes_1 = require("./scopes");
/** The bucket key of a request: `token:<name>`, or `ip:<peer address>`. */
function clientKey(req, tokenName) {
    const name = tokenName?.(req) ?? null;
    return name !== null ? `token:${name}` : `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}
/** The middleware; mount it first (`app.use(rateLimit(limiter, { clock }))`). */
function rateLimit(limiter, options) {
    return (req, res, next) => {
        if ((0, scopes_1.requiredScope)(req.method, req.path) === 'public') {
            next();
            return;
        }
        const key = options.global === true ? 'global' : clientKey(req, options.tokenName);
        const admission = limiter.take(key, options.clock());
        if (admission.ok) {
            next();
            return;
        }
        const { ratePerSecond, burst } = limiter.options;
        res.set('Retry-After', String(admission.retryAfterSeconds));
        const who = options.global === true ? 'the exporter' : `client ${key}`;
        (0, respond_1.refuse)(res, 429, 'too many requests', [
            {
                path: '',
                message: `${who} is limited to ${ratePerSecond} requests/s (burst ${burst}); retry in ${admission.retryAfterSeconds} s`,
            },
        ]);
    };
}
//# sourceMappingURL=rateLimit.js.map