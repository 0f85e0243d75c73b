"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** `mlhealth ingest` against a real exporter app on loopback, through the CLI dispatcher. */
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const main_1 = require("../src/cli/main");
const main_2 = require("../src/main");
const harness_1 = require("./harness");
const http_1 = require("./http");
const HEADER = 'id,amount,merchant_category,country,hour_of_day,account_age_days,card_present,txn_count_1h,prediction,confidence,latency_seconds,error';
function row(i, confidence = '0.91') {
    return `tx-${i},${10 + i},grocery,US,12,400,true,1,legit,${confidence},0.02,false`;
}
describe('mlhealth ingest', () => {
    let h;
    let server;
    let dir;
    const out = [];
    const err = [];
    const io = () => ({
        stdout: (t) => out.push(t),
        stderr: (t) => err.push(t),
        cwd: dir,
        env: {},
    });
    beforeAll(async () => {
        h = await (0, harness_1.harness)({ specPath: main_2.DEMO_SPEC_PATH });
        server = await (0, harness_1.serve)(h.built.app);
        dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-ingest-'));
    });
    afterAll(async () => {
        await server.close();
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    });
    beforeEach(() => {
        out.length = 0;
        err.length = 0;
    });
    it('sends a CSV file in batches and the exporter counts every event', async () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'events.csv'), [HEADER, ...Array.from({ length: 25 }, (_, i) => row(i))].join('\n') + '\n');
        const code = await (0, main_1.runCli)(['ingest', '--model', 'fraud', '--url', server.url, '--batch-size', '10', 'events.csv'], io());
        expect(err.join('')).toBe('');
        expect(code).toBe(0);
        expect(out.join('')).toBe(`sent 25 events in 3 batches to ${server.url}/api/v1/models/fraud/events\n`);
        const text = (await (0, http_1.request)(server.url, 'GET', '/metrics')).text;
        expect((0, http_1.sampleValue)(text, 'mlhealth_ingest_events_total{model="fraud"}')).toBe(25);
    });
    it('sends labels with --labels from JSON Lines', async () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'labels.jsonl'), ['{"id": "tx-1", "label": "legit"}', '{"id": "tx-2", "label": "fraud"}'].join('\n'));
        expect(await (0, main_1.runCli)(['ingest', '--model', 'fraud', '--url', server.url, '--labels', 'labels.jsonl'], io())).toBe(0);
        expect(out.join('')).toContain('sent 2 labels in 1 batch');
    });
    it('stops at a refused batch and names the row and field (exit 1)', async () => {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'bad.csv'), [HEADER, row(1), row(2, '1.7'), row(3)].join('\n') + '\n');
        expect(await (0, main_1.runCli)(['ingest', '--model', 'fraud', '--url', server.url, 'bad.csv'], io())).toBe(1);
        const text = err.join('');
        expect(text).toContain('batch starting at row 1 refused (HTTP 422)');
        expect(text).toContain('row 2 confidence: confidence must be within 0..1, got 1.7');
    });
    it('exits 2 for a missing file, a missing --model and an unreachable exporter', async () => {
        expect(await (0, main_1.runCli)(['ingest', '--model', 'fraud', '--url', server.url, 'nope.csv'], io())).toBe(2);
        expect(err.join('')).toContain('nope.csv');
        expect(await (0, main_1.runCli)(['ingest', 'events.csv'], io())).toBe(2);
        expect(err.join('')).toContain('--model is required');
        expect(await (0, main_1.runCli)(['ingest', '--model', 'fraud', '--url', 'http://127.0.0.1:1', 'events.csv'], io())).toBe(2);
        expect(err.join('')).toContain('cannot reach the exporter at http://127.0.0.1:1');
    });
});
//# sourceMappingURL=ingestCli.test.js.map