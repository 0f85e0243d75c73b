"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startFakePrometheus = startFakePrometheus;
/**
 * A tiny HTTP server on 127.0.0.1 (ephemeral port) that answers `/api/v1/query` the way the test
 * tells it to: a value, a hang, a 500, garbage. It records the requests it got.
 */
const node_http_1 = require("node:http");
async function startFakePrometheus(initial) {
    const hanging = [];
    const fake = { mode: initial, requests: [] };
    const server = (0, node_http_1.createServer)((req, res) => {
        fake.requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
        const mode = fake.mode;
        if (mode.kind === 'hang') {
            hanging.push(res);
            return;
        }
        if (mode.kind === 'status') {
            res.writeHead(mode.status, { 'content-type': 'text/plain' }).end(mode.body);
            return;
        }
        if (mode.kind === 'garbage') {
            res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"succ');
            return;
        }
        const body = JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [Date.now() / 1000, mode.value] }] } });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return Object.assign(fake, {
        url: `http://127.0.0.1:${port}`,
        close: async () => {
            for (const res of hanging)
                res.destroy();
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
        },
    });
}
//# sourceMappingURL=fakePrometheus.js.map