"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `npm run bench:load [-- --seconds 60 --clients 4 --batch 250 --rate 0 --durable]`: a sustained mixed load on
 * the real exporter for a fixed time, on loopback only. Prints figures, asserts nothing (timing goals
 * are not tests; CI does not fail on machine noise).
 *
 * The exporter runs in its own process (`exporterServer.js exporter <demo spec>`: startExporter with
 * its schedule, the demo's two models and named scenarios, no simulator; with `--durable` its SQLite
 * store in a temporary directory, so every 2xx answer waits for the batch to be on disk). This process drives it:
 * `--clients` connections post batches of the demo's traffic (fraud and recs alternating, autocannon,
 * as fast as answered or at `--rate` requests/s overall), while a scraper reads `/metrics` every
 * second. Figures: accepted events/s (the exporter's own `mlhealth_ingest_events_total`), ingest
 * latency p50/p99/max, scrape latency, non-2xx answers and errors, and the exporter's RSS and heap
 * (`process_resident_memory_bytes`, `nodejs_heap_size_used_bytes`) idle before the load, after a
 * warm-up, and at the end. Target (issue 6): RSS flat within 10 % from warm-up to end, no errors.
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const node_util_1 = require("node:util");
const autocannon_1 = __importDefault(require("autocannon"));
const main_1 = require("../src/main");
const loadTraffic_1 = require("./loadTraffic");
const loadScrape_1 = require("./loadScrape");
const { values } = (0, node_util_1.parseArgs)({
    options: {
        seconds: { type: 'string', default: '60' },
        clients: { type: 'string', default: '4' },
        batch: { type: 'string', default: '250' },
        rate: { type: 'string', default: '0' },
        warmup: { type: 'string' },
        durable: { type: 'boolean', default: false },
    },
});
function positive(name, text, allowZero = false) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < (allowZero ? 0 : 1))
        throw new Error(`bench:load: --${name} ${text}: expected a ${allowZero ? 'non-negative' : 'positive'} integer`);
    return n;
}
const SECONDS = positive('seconds', values.seconds);
const CLIENTS = positive('clients', values.clients);
const BATCH = positive('batch', values.batch);
const RATE = positive('rate', values.rate, true);
const WARMUP = values.warmup !== undefined ? positive('warmup', values.warmup) : Math.min(10, Math.ceil(SECONDS / 6));
function startExporterProcess(dataDir) {
    const args = ['exporter', main_1.DEMO_SPEC_PATH, ...(dataDir !== null ? [dataDir] : [])];
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
        child.once('exit', (code) => reject(new Error(`the exporter exited with ${code} before it listened`)));
    });
}
async function ingestLoad(url) {
    const batches = (0, loadTraffic_1.demoBatches)(16, BATCH, 1);
    const statuses = new Map();
    let next = 0;
    const result = await (0, autocannon_1.default)({
        url,
        connections: CLIENTS,
        duration: SECONDS,
        ...(RATE > 0 ? { overallRate: RATE } : {}),
        requests: [
            {
                setupRequest: (req) => {
                    const b = batches[next++ % batches.length];
                    return {
                        ...req,
                        method: 'POST',
                        path: `/api/v1/models/${b.model}/events`,
                        headers: { 'content-type': 'application/json' },
                        body: b.body,
                    };
                },
                onResponse: (status) => {
                    statuses.set(status, (statuses.get(status) ?? 0) + 1);
                },
            },
        ],
    });
    return { result, statuses };
}
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const pct = (from, to) => `${to >= from ? '+' : ''}${((100 * (to - from)) / from).toFixed(1)} %`;
function quantile(sorted, q) {
    return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
/** Accepted events/s, ingest latency, answers and scrape times; returns the number of errors. */
function reportTraffic(idle, samples, load) {
    const end = samples[samples.length - 1];
    const { result, statuses } = load;
    const accepted = end.accepted - idle.accepted;
    const seconds = end.at - idle.at;
    const scrapeMs = samples.map((s) => s.ms).sort((a, b) => a - b);
    const failedScrapes = samples.filter((s) => s.status !== 200).length;
    const pace = RATE > 0 ? `${RATE} requests/s` : 'as fast as answered';
    console.log(`\ningest: ${CLIENTS} clients, batches of ${BATCH} demo events (fraud/recs alternating), ${pace}`);
    console.log(`   accepted ${Math.round(accepted / seconds).toLocaleString('en-US')} events/s (${accepted.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s; rejected ${end.rejected - idle.rejected})`);
    console.log(`   latency p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   max ${result.latency.max} ms   (${result.requests.total} requests)`);
    console.log(`   answers ${[...statuses].map(([s, n]) => `${s}×${n}`).join(' ')}; errors ${result.errors}, timeouts ${result.timeouts}`);
    console.log(`scrapes: ${samples.length} of /metrics, one a second: p50 ${quantile(scrapeMs, 0.5).toFixed(1)} ms   p99 ${quantile(scrapeMs, 0.99).toFixed(1)} ms   max ${scrapeMs[scrapeMs.length - 1].toFixed(1)} ms   failed ${failedScrapes}`);
    return result.errors + result.timeouts + result.non2xx + failedScrapes;
}
/** RSS and heap idle, after the warm-up and at the end, and the verdict against the targets. */
function reportMemory(idle, samples, errors) {
    const end = samples[samples.length - 1];
    const warm = samples.find((s) => s.at - idle.at >= WARMUP) ?? end;
    const maxRss = Math.max(...samples.map((s) => s.rss));
    console.log(`RSS:  idle ${mib(idle.rss)}; after ${WARMUP} s warm-up ${mib(warm.rss)}; end ${mib(end.rss)}; max ${mib(maxRss)}`);
    console.log(`heap: idle ${mib(idle.heap)}; after warm-up ${mib(warm.heap)}; end ${mib(end.heap)}`);
    const every = Math.max(1, Math.round(SECONDS / 12));
    const trace = samples.filter((_, i) => (i + 1) % every === 0).map((x) => (x.rss / 2 ** 20).toFixed(0));
    console.log(`RSS every ${every} s (MiB): ${trace.join(' ')}`);
    const flat = Math.abs(end.rss - warm.rss) / warm.rss <= 0.1;
    console.log(`RSS warm-up → end ${pct(warm.rss, end.rss)} (${flat ? 'flat' : 'NOT flat'} within 10 %); idle → end ${pct(idle.rss, end.rss)}; errors ${errors}   (target: flat within 10 %, no errors)`);
}
async function main() {
    console.log(`mlhealth load benchmark: node ${process.version}, ${(0, node_os_1.cpus)().length} CPUs (${(0, node_os_1.cpus)()[0]?.model ?? 'unknown'}), ${SECONDS} s`);
    const dataDir = values.durable ? (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-load-')) : null;
    console.log(`store: ${dataDir !== null ? `durable (SQLite in ${dataDir})` : 'in memory'}`);
    const { url, child } = await startExporterProcess(dataDir);
    try {
        const scraper = new loadScrape_1.Scraper(url);
        await new Promise((r) => setTimeout(r, 2000));
        const idle = await scraper.sample();
        scraper.start(1000);
        const load = await ingestLoad(url);
        scraper.stop();
        await scraper.settled();
        const samples = [...scraper.samples, await scraper.sample()];
        reportMemory(idle, samples, reportTraffic(idle, samples, load));
    }
    finally {
        const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
        if (dataDir !== null)
            (0, node_fs_1.rmSync)(dataDir, { recursive: true, force: true });
    }
}
main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
});
//# sourceMappingURL=load.js.map