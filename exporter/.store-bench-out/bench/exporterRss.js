"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * RSS of the exporter's ingest path after 1M and 5M events with the same spec (run by `exporter.ts` in
 * its own process with `--expose-gc`). Events go through the real in-process ingest path
 * (`IngestService.events` with a JSON text body: parse, validate, monitor) on a simulated clock that
 * advances one second per batch of 500, with the engine evaluating on its 5 s schedule, so windows
 * roll as in production. Prints one JSON line of figures.
 */
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const main_1 = require("../src/main");
const exporterBenchSpec_1 = require("./exporterBenchSpec");
const BATCH = 500;
const FEATURES = 20;
/** RSS and live heap (after a full GC when run with --expose-gc), MiB. */
function memory() {
    globalThis.gc?.();
    const m = process.memoryUsage();
    return { rss: m.rss / 2 ** 20, heap: m.heapUsed / 2 ** 20 };
}
async function main() {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-bench-'));
    const specPath = (0, node_path_1.join)(dir, 'spec.yaml');
    (0, node_fs_1.writeFileSync)(specPath, (0, exporterBenchSpec_1.benchSpecYaml)(1, FEATURES));
    let now = 1_700_000_000;
    const built = await (0, main_1.buildExporter)({
        specPath,
        host: '127.0.0.1',
        port: 0,
        demoTimeScale: 1,
        demoSeed: 1,
        maxBodyBytes: 64 << 20,
        maxBatchEvents: 10_000,
        clock: () => now,
        log: () => undefined,
    });
    await built.ingest.reference('m0', (0, exporterBenchSpec_1.referenceRows)(2000, FEATURES, 7));
    const bodies = Array.from({ length: 8 }, (_, i) => (0, exporterBenchSpec_1.eventBatch)(BATCH, FEATURES, 100 + i));
    const start = memory();
    const figures = { rss_start_mib: start.rss, heap_start_mib: start.heap };
    const started = performance.now();
    let sent = 0;
    for (const target of [1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000]) {
        while (sent < target) {
            now += 1;
            await built.ingest.events('m0', bodies[(sent / BATCH) % bodies.length]);
            built.engine.tick(now);
            sent += BATCH;
        }
        const m = memory();
        figures[`rss_after_${target / 1e6}m_mib`] = m.rss;
        figures[`heap_after_${target / 1e6}m_mib`] = m.heap;
    }
    figures.seconds = (performance.now() - started) / 1000;
    figures.growth_ratio = figures.rss_after_5m_mib / figures.rss_after_1m_mib - 1;
    figures.heap_growth_ratio = figures.heap_after_5m_mib / figures.heap_after_1m_mib - 1;
    (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    process.stdout.write(JSON.stringify(figures) + '\n');
}
main().catch((err) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
});
//# sourceMappingURL=exporterRss.js.map