"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * A server process for the ingest benchmark (run by `exporter.ts`, one process per run so the load
 * generator does not share the server's thread):
 *   node exporterServer.js baseline   — express, reads the body, JSON.parse, answers 204;
 *   node exporterServer.js exporter SPEC [DATA_DIR] — the real exporter (startExporter) on SPEC, schedule
 *     running; with DATA_DIR its durable store there (every 2xx on disk), else in memory.
 * Prints `READY <url>` when listening; exits on SIGTERM.
 */
const express_1 = __importDefault(require("express"));
const main_1 = require("../src/main");
const listen_1 = require("../src/server/listen");
const options_1 = require("../src/server/options");
async function baseline() {
    const app = (0, express_1.default)();
    app.post('/api/v1/models/:model/events', express_1.default.raw({ type: () => true, limit: options_1.DEFAULT_MAX_BODY_BYTES }), (req, res) => {
        JSON.parse(req.body.toString('utf8'));
        res.status(204).end();
    });
    return (await (0, listen_1.listen)(app, '127.0.0.1', 0)).url;
}
async function exporter(specPath, dataDir) {
    const running = await (0, main_1.startExporter)({
        specPath,
        host: '127.0.0.1',
        port: 0,
        demoTimeScale: 1,
        demoSeed: 1,
        maxBodyBytes: options_1.DEFAULT_MAX_BODY_BYTES,
        maxBatchEvents: 10_000,
        ...(dataDir !== undefined ? { dataDir } : {}),
        log: (line) => process.stderr.write(line + '\n'),
    });
    return running.url;
}
const [mode, spec, dataDir] = process.argv.slice(2);
(mode === 'baseline' ? baseline() : exporter(spec, dataDir)).then((url) => process.stdout.write(`READY ${url}\n`), (err) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(2);
});
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
//# sourceMappingURL=exporterServer.js.map