"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `npm run bench:exporter`: prints figures, asserts nothing (timing goals are not tests).
 *
 * 1. Ingest throughput over loopback HTTP with autocannon: batches of 500 events × 20 features posted to
 *    the real exporter, and to a baseline express server that only reads and parses the same body and
 *    answers 204, each in its own process, in the same run. Targets: ≥ 50 % of the baseline's events/s
 *    and ≥ 50,000 events/s.
 * 2. `/metrics` render time for 100 models × 20 features. Target ≤ 100 ms.
 * 3. RSS (and live heap after a full GC) after 1M … 5M ingested events with the same spec
 *    (exporterRss.ts). Target growth 1M → 5M < 10 %.
 *
 * Environment: BENCH_SECONDS (default 10) per autocannon run, BENCH_CONNECTIONS (default 4),
 * BENCH_ONLY (a comma list of `ingest`, `render`, `rss`; default all three).
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const autocannon_1 = __importDefault(require("autocannon"));
const exporterBenchSpec_1 = require("./exporterBenchSpec");
const exporterRender_1 = require("./exporterRender");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const BATCH = 500;
const FEATURES = 20;
const ONLY = new Set((process.env.BENCH_ONLY ?? 'ingest,render,rss').split(',').map((p) => p.trim()));
function startServer(args) {
    const child = (0, node_child_process_1.spawn)(process.execPath, [(0, node_path_1.join)(__dirname, 'exporterServer.js'), ...args], {
        stdio: ['ignore', 'pipe', 'inherit'],
    });
    return new Promise((resolve, reject) => {
        let out = '';
        child.stdout?.on('data', (d) => {
            out += d.toString();
            const m = /READY (\S+)/.exec(out);
            if (m !== null)
                resolve({ url: m[1], child });
        });
        child.once('exit', (code) => reject(new Error(`server ${args[0]} exited with ${code}`)));
    });
}
async function load(url, body) {
    const result = await (0, autocannon_1.default)({
        url: `${url}/api/v1/models/m0/events`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: CONNECTIONS,
        duration: SECONDS,
    });
    const ok = result['2xx'];
    return {
        eventsPerSecond: (ok * BATCH) / SECONDS,
        p99Ms: result.latency.p99,
        errors: result.non2xx + result.errors + result.timeouts,
    };
}
async function throughput(specPath) {
    const body = (0, exporterBenchSpec_1.eventBatch)(BATCH, FEATURES, 1);
    console.log(`\n1. ingest throughput: ${BATCH} events × ${FEATURES} features per request (${(body.length / 1024).toFixed(0)} KiB), ${CONNECTIONS} connections, ${SECONDS} s each`);
    const base = await startServer(['baseline']);
    const baseline = await load(base.url, body);
    base.child.kill('SIGTERM');
    const exp = await startServer(['exporter', specPath]);
    await fetch(`${exp.url}/api/v1/models/m0/reference`, {
        method: 'PUT',
        body: (0, exporterBenchSpec_1.referenceRows)(2000, FEATURES, 7),
        headers: { 'content-type': 'application/json' },
    });
    const exporter = await load(exp.url, body);
    exp.child.kill('SIGTERM');
    const row = (name, r) => console.log(`   ${name.padEnd(10)} ${Math.round(r.eventsPerSecond).toLocaleString('en-US').padStart(9)} events/s   p99 ${r.p99Ms} ms   errors ${r.errors}`);
    row('baseline', baseline);
    row('exporter', exporter);
    const ratio = exporter.eventsPerSecond / baseline.eventsPerSecond;
    console.log(`   exporter / baseline = ${(100 * ratio).toFixed(0)} %   (targets: ≥ 50 % and ≥ 50,000 events/s)`);
}
function rss() {
    console.log('\n3. RSS of the ingest path (1 model × 20 features, 500 events/s simulated, in-process ingest)');
    const child = (0, node_child_process_1.spawn)(process.execPath, ['--expose-gc', (0, node_path_1.join)(__dirname, 'exporterRss.js')], {
        stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (d) => (out += d.toString()));
    return new Promise((resolve, reject) => {
        child.once('exit', (code) => {
            if (code !== 0)
                return reject(new Error(`exporterRss exited with ${code}`));
            const f = JSON.parse(out);
            const at = (kind) => [1, 2, 3, 4, 5].map((m) => f[`${kind}_after_${m}m_mib`].toFixed(0)).join(' / ');
            console.log(`   RSS  start ${f.rss_start_mib.toFixed(0)} MiB; after 1M / 2M / 3M / 4M / 5M events: ${at('rss')} MiB`);
            console.log(`   heap start ${f.heap_start_mib.toFixed(0)} MiB; after 1M / 2M / 3M / 4M / 5M events: ${at('heap')} MiB (live, after a full GC)`);
            console.log(`   growth 1M → 5M: RSS ${(100 * f.growth_ratio).toFixed(1)} %, live heap ${(100 * f.heap_growth_ratio).toFixed(1)} %   (target < 10 %; ${f.seconds.toFixed(0)} s, ${(5e6 / f.seconds).toFixed(0)} events/s in-process)`);
            resolve();
        });
    });
}
async function main() {
    console.log(`mlhealth exporter benchmark — node ${process.version}, ${(0, node_os_1.cpus)().length} CPUs (${(0, node_os_1.cpus)()[0]?.model ?? 'unknown'})`);
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-bench-'));
    const specPath = (0, node_path_1.join)(dir, 'spec.yaml');
    (0, node_fs_1.writeFileSync)(specPath, (0, exporterBenchSpec_1.benchSpecYaml)(1, FEATURES));
    try {
        if (ONLY.has('ingest'))
            await throughput(specPath);
        if (ONLY.has('render'))
            await (0, exporterRender_1.measureRender)(dir, 100, FEATURES);
        if (ONLY.has('rss'))
            await rss();
    }
    finally {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
}
main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
});
//# sourceMappingURL=exporter.js.map