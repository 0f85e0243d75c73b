"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.send = send;
exports.basic = basic;
exports.bearer = bearer;
/**
 * A small HTTP(S) client for the security tests: Node's `fetch` cannot take a CA or a client
 * certificate, `https.request` can. Resolves with status, headers and body text; rejects on a
 * connection or TLS failure (which some tests expect).
 */
const node_http_1 = require("node:http");
const node_https_1 = require("node:https");
/** One request to `url` (http: or https:), bounded by a 10 s timeout. */
function send(url, options = {}) {
    const target = new URL(url);
    const make = target.protocol === 'https:' ? node_https_1.request : node_http_1.request;
    return new Promise((resolve, reject) => {
        const req = make(target, {
            method: options.method ?? 'GET',
            headers: options.headers,
            ca: options.ca,
            cert: options.cert,
            key: options.key,
            timeout: 10_000,
            agent: false,
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString('utf8'),
            }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`send: ${url} timed out`)));
        req.on('error', reject);
        req.end(options.body);
    });
}
/** `Authorization: Basic` for a user and password. */
function basic(user, password) {
    return { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}
/** `Authorization: Bearer` for a token. */
function bearer(token) {
    return { authorization: `Bearer ${token}` };
}
//# sourceMappingURL=request.js.map