"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listenHttps = listenHttps;
/** Starts `server` on `host:port` (0: a free port); rejects when the address cannot be bound. */
function listenHttps(server, host, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            const address = server.address();
            const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
            resolve({
                server,
                host: address.address,
                port: address.port,
                url: `https://${shownHost}:${address.port}`,
                close: () => new Promise((done) => {
                    server.close(() => done());
                    server.closeIdleConnections();
                }),
            });
        });
    });
}
//# sourceMappingURL=listenHttps.js.map