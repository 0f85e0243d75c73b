"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.bareApp = bareApp;
exports.listenLocal = listenLocal;
/**
 * A bare express app for testing the middlewares without the exporter: routes shaped like the real
 * API whose handlers only record that they ran (so a test can assert that a refused write stored
 * nothing), the server's real body reader and error handler, listening on 127.0.0.1:0.
 */
const express_1 = __importDefault(require("express"));
const body_1 = require("../../server/body");
const errors_1 = require("../../server/errors");
/** The app with `before` mounted first, routes for each scope, then 404 and the error handler. */
function bareApp(before, maxBodyBytes = 1024) {
    const calls = [];
    const logs = [];
    const app = (0, express_1.default)();
    app.disable('x-powered-by');
    app.use(...before);
    const record = (req, res) => {
        const bytes = Buffer.isBuffer(req.body) ? req.body.length : 0;
        calls.push({ method: req.method, path: req.path, bytes });
        res.status(req.method === 'GET' ? 200 : 202).json({ ok: true });
    };
    app.get('/healthz', record);
    app.get('/metrics', record);
    app.get('/api/v1/cascade', record);
    for (const kind of ['events', 'labels', 'policy-violations'])
        app.post(`/api/v1/models/:model/${kind}`, (0, body_1.rawBody)(maxBodyBytes), record);
    for (const kind of ['reference', 'governance'])
        app.put(`/api/v1/models/:model/${kind}`, (0, body_1.rawBody)(maxBodyBytes), record);
    app.post('/api/v1/scenarios', (0, body_1.rawBody)(maxBodyBytes), record);
    app.get('/boom', () => {
        throw new Error('boom');
    });
    app.use(errors_1.notFound);
    app.use((0, errors_1.errorHandler)((line) => logs.push(line)));
    return { app, calls, logs };
}
/** Listens on 127.0.0.1:0; resolves with the base URL and a close function. */
async function listenLocal(app) {
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve, reject) => {
        server.once('listening', resolve);
        server.once('error', reject);
    });
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        server,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
//# sourceMappingURL=bareApp.js.map