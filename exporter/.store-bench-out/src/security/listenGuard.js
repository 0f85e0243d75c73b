"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isLoopbackHost = isLoopbackHost;
exports.checkListenSafety = checkListenSafety;
/**
 * The exporter refuses to listen beyond the machine without write protection: on an address other
 * than loopback, ingest and admin endpoints would be open to the network. Pure.
 */
const node_net_1 = require("node:net");
/**
 * True for loopback listen addresses: 127.0.0.0/8, ::1 (also `[::1]` and `::ffff:127.x.y.z`), and the
 * name `localhost`. Every other name is not, since it may resolve to anything. Throws nothing.
 * @example isLoopbackHost('127.0.0.2') // true
 */
function isLoopbackHost(host) {
    const h = host
        .trim()
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1');
    if (h === 'localhost' || h === 'localhost.')
        return true;
    if ((0, node_net_1.isIP)(h) === 4)
        return h.startsWith('127.');
    if ((0, node_net_1.isIP)(h) === 6) {
        // The URL parser writes IPv6 canonically: ::1, and ::ffff:7f00:1 for ::ffff:127.0.0.1.
        const canonical = new URL(`http://[${h}]`).hostname.slice(1, -1);
        return canonical === '::1' || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(canonical);
    }
    return false;
}
/**
 * Whether the exporter may listen on `host`: always on loopback; elsewhere only with an ingest or admin
 * token configured (`hasTokens`), or when the operator passed `--insecure` (then with a warning).
 * Throws nothing.
 * @example checkListenSafety('0.0.0.0', false, false).ok // false
 */
function checkListenSafety(host, hasTokens, insecureFlag) {
    if (isLoopbackHost(host) || hasTokens)
        return { ok: true, warning: null };
    const shown = host === '' ? 'all interfaces' : host;
    if (insecureFlag) {
        return {
            ok: true,
            warning: `mlhealth: WARNING: listening on ${shown} with --insecure: ingest and admin endpoints accept requests from anyone who can reach this address`,
        };
    }
    return {
        ok: false,
        message: `refusing to listen on ${shown} without an ingest/admin token: anyone on the network could write. ` +
            `Configure a token (--token-file FILE, or MLHEALTH_INGEST_TOKEN / MLHEALTH_ADMIN_TOKEN), listen on 127.0.0.1, ` +
            `or pass --insecure to accept the risk`,
    };
}
//# sourceMappingURL=listenGuard.js.map