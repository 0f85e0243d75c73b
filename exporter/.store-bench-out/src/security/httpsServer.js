"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createHttpsServer = createHttpsServer;
/**
 * The exporter's https server for a web-config with `tls_server_config`: Node's https server with the
 * options of tlsOptions.ts, dropping connections that break the client-certificate rules.
 */
const node_https_1 = require("node:https");
const tlsOptions_1 = require("./tlsOptions");
/**
 * An https server (not listening) for `handler` (an express app). Throws WebConfigError when the
 * certificate files cannot be read or loaded.
 */
function createHttpsServer(handler, tls, readFile) {
    const server = (0, node_https_1.createServer)((0, tlsOptions_1.httpsServerOptions)(tls, readFile), handler);
    server.on('secureConnection', (socket) => {
        if ((0, tlsOptions_1.clientCertificateProblem)(tls, socket) !== null)
            socket.destroy();
    });
    return server;
}
//# sourceMappingURL=httpsServer.js.map