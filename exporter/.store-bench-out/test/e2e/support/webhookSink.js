"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startWebhookSink = startWebhookSink;
exports.received = received;
/**
 * A tiny Alertmanager webhook receiver on 127.0.0.1: records every notification with the path it was
 * posted to (the e2e test points each receiver at `/<receiver name>`).
 */
const node_http_1 = require("node:http");
async function startWebhookSink() {
    const notifications = [];
    const server = (0, node_http_1.createServer)((req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk.toString()));
        req.on('end', () => {
            try {
                const payload = JSON.parse(body);
                notifications.push({ receiverPath: req.url ?? '', status: payload.status, alerts: payload.alerts });
                res.writeHead(200).end();
            }
            catch {
                res.writeHead(400).end();
            }
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    return {
        url: `http://127.0.0.1:${port}`,
        notifications,
        close: () => new Promise((resolve) => server.close(() => resolve())),
    };
}
/** The alerts received at `receiver` matching `match`, in arrival order. */
function received(sink, receiver, match) {
    return sink.notifications
        .filter((n) => n.receiverPath === `/${receiver}`)
        .flatMap((n) => n.alerts.filter(match));
}
//# sourceMappingURL=webhookSink.js.map