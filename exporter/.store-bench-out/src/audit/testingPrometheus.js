"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.waitFor = waitFor;
exports.startScrapedPrometheus = startScrapedPrometheus;
/**
 * Test helper: a real Prometheus (the Debian package) on 127.0.0.1 with a temporary data dir, scraping
 * a tiny local HTTP server every second. The server answers `exposition(scrape)` for its n-th scrape, so
 * a test can make series appear, change and disappear over time.
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_http_1 = require("node:http");
const node_net_1 = require("node:net");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0, node_net_1.createServer)();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address !== null ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}
async function listen(server) {
    await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    return typeof address === 'object' && address !== null ? address.port : 0;
}
async function waitReady(url, child) {
    for (let i = 0; i < 150; i++) {
        if (child.exitCode !== null)
            throw new Error(`prometheus exited with ${child.exitCode}`);
        try {
            if ((await fetch(`${url}/-/ready`)).ok)
                return;
        }
        catch {
            // not listening yet
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`prometheus at ${url} not ready after 15 s`);
}
/** Waits (bounded) until `done()` holds, polling every 200 ms. */
async function waitFor(what, done, seconds) {
    for (let i = 0; i < seconds * 5; i++) {
        if (await done())
            return;
        await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`waitFor: ${what} did not happen within ${seconds} s`);
}
/** Writes a Prometheus configuration scraping the target every second; returns its path. */
function configFile(dir, job, targetPort) {
    const config = [
        'global: { scrape_interval: 1s, evaluation_interval: 1s }',
        'scrape_configs:',
        `  - job_name: ${job}`,
        `    static_configs: [{ targets: ['127.0.0.1:${targetPort}'] }]`,
        '',
    ].join('\n');
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'prometheus.yml'), config);
    return (0, node_path_1.join)(dir, 'prometheus.yml');
}
/** Starts the metrics server and Prometheus (job `job`, scrape and evaluation interval 1s). */
async function startScrapedPrometheus(exposition, job = 'mlhealth') {
    let scrapes = 0;
    const target = (0, node_http_1.createServer)((req, res) => {
        if (req.url !== '/metrics') {
            res.writeHead(404).end();
            return;
        }
        scrapes += 1;
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(exposition(scrapes));
    });
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-audit-prom-'));
    const config = configFile(dir, job, await listen(target));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = (0, node_child_process_1.spawn)('prometheus', [
        `--config.file=${config}`,
        `--storage.tsdb.path=${(0, node_path_1.join)(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
    ], { stdio: 'ignore' });
    const stop = async () => {
        if (child.exitCode === null) {
            await new Promise((resolve) => {
                child.once('exit', () => resolve());
                child.kill('SIGTERM');
            });
        }
        await new Promise((resolve) => target.close(() => resolve()));
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    };
    try {
        await waitReady(url, child);
    }
    catch (err) {
        await stop();
        throw err;
    }
    return { url, scrapes: () => scrapes, stop };
}
//# sourceMappingURL=testingPrometheus.js.map