"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listen = listen;
/** Starts `app` on `host:port`; rejects when the address cannot be bound (in use, not permitted). */
function listen(app, host, port) {
    return new Promise((resolve, reject) => {
        const server = app.listen(port, host);
        server.once('error', reject);
        server.once('listening', () => {
            server.off('error', reject);
            const address = server.address();
            const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
            resolve({
                server,
                host: address.address,
                port: address.port,
                url: `http://${shownHost}:${address.port}`,
                close: () => new Promise((done) => {
                    server.close(() => done());
                    server.closeIdleConnections();
                }),
            });
        });
    });
}
//# sourceMappingURL=listen.js.map