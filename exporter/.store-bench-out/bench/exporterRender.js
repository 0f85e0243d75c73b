"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.measureRender = measureRender;
/**
 * Part 2 of the exporter benchmark: `/metrics` render time for many models. Builds the real exporter
 * in-process on a spec of `models` × `features`, gives every model a reference and two batches of
 * traffic, evaluates (twice: the first pass warms the JIT), then times the formatting the exposition
 * does once per evaluation (`prepare`, run right after it, off the scrape path), the scrapes that follow
 * (cached text of the cascade and detail families, live self and process families), and one scrape
 * over HTTP.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const main_1 = require("../src/main");
const listen_1 = require("../src/server/listen");
const exporterBenchSpec_1 = require("./exporterBenchSpec");
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
}
async function measureRender(dir, models, features) {
    console.log(`\n2. /metrics render time: ${models} models × ${features} features`);
    const specPath = (0, node_path_1.join)(dir, `spec-${models}.yaml`);
    (0, node_fs_1.writeFileSync)(specPath, (0, exporterBenchSpec_1.benchSpecYaml)(models, features));
    const now = Date.now() / 1000;
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
    const reference = (0, exporterBenchSpec_1.referenceRows)(1000, features, 3);
    for (let m = 0; m < models; m++) {
        await built.ingest.reference(`m${m}`, reference);
        await built.ingest.events(`m${m}`, (0, exporterBenchSpec_1.eventBatch)(500, features, m));
        await built.ingest.events(`m${m}`, (0, exporterBenchSpec_1.eventBatch)(500, features, 1000 + m));
    }
    built.engine.evaluateAll(now);
    await built.metrics.render();
    let t = performance.now();
    built.engine.evaluateAll(now + 5);
    const evaluateMs = performance.now() - t;
    t = performance.now();
    await built.metrics.prepare();
    const prepareMs = performance.now() - t;
    const first = await built.metrics.render();
    const times = [];
    for (let i = 0; i < 20; i++) {
        t = performance.now();
        await built.metrics.render();
        times.push(performance.now() - t);
    }
    const server = await (0, listen_1.listen)(built.app, '127.0.0.1', 0);
    const httpTimes = [];
    let http = '';
    for (let i = 0; i < 10; i++) {
        t = performance.now();
        http = await (await fetch(`${server.url}/metrics`)).text();
        httpTimes.push(performance.now() - t);
    }
    await server.close();
    const series = first.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length;
    console.log(`   ${series.toLocaleString('en-US')} series, ${(first.length / 1024).toFixed(0)} KiB (HTTP answer ${(http.length / 1024).toFixed(0)} KiB)`);
    console.log(`   scrape: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over 20 renders; over HTTP (fetch, 10 scrapes) median ${median(httpTimes).toFixed(1)} ms, first ${httpTimes[0].toFixed(1)} ms   (target ≤ 100 ms)`);
    console.log(`   once per evaluation, off the scrape path: formatting ${prepareMs.toFixed(0)} ms; the evaluation of all ${models} models ${evaluateMs.toFixed(0)} ms`);
}
//# sourceMappingURL=exporterRender.js.map