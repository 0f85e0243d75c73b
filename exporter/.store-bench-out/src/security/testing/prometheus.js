"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startTestPrometheus = startTestPrometheus;
exports.pollUntil = pollUntil;
/**
 * The installed `prometheus` (2.42) on 127.0.0.1 with a temporary folder and a scrape configuration of
 * the test's making; waits (bounded, 15 s) until ready. `stop()` ends it and removes the folder.
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_net_1 = require("node:net");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
async function freePort() {
    const server = (0, node_net_1.createServer)();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(() => resolve()));
    return port;
}
/** `scrapeConfigs(dir)` returns the YAML of `scrape_configs` entries; files it needs can go in `dir`. */
async function startTestPrometheus(scrapeConfigs) {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-sec-prom-'));
    const port = await freePort();
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'prometheus.yml'), `global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n${scrapeConfigs(dir)}`);
    const child = (0, node_child_process_1.spawn)('prometheus', [
        `--config.file=${(0, node_path_1.join)(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${(0, node_path_1.join)(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=error',
    ], {
        stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c.toString()));
    const url = `http://127.0.0.1:${port}`;
    const stop = async () => {
        if (child.exitCode === null && child.signalCode === null) {
            const exited = new Promise((resolve) => child.once('exit', resolve));
            child.kill('SIGTERM');
            let timer;
            await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
            clearTimeout(timer);
            if (child.exitCode === null && child.signalCode === null)
                child.kill('SIGKILL');
        }
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    };
    for (let i = 0; i < 150 && child.exitCode === null; i++) {
        try {
            if ((await fetch(`${url}/-/ready`)).ok)
                return { url, dir, stop };
        }
        catch {
            // not listening yet
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    await stop();
    throw new Error(`startTestPrometheus: not ready on ${url} after 15 s: ${stderr.slice(-500)}`);
}
/** Polls (every 200 ms, at most `seconds`) until `read()` returns non-null; returns it or the last null. */
async function pollUntil(read, seconds) {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
        const value = await read();
        if (value !== null || Date.now() > deadline)
            return value;
        await new Promise((r) => setTimeout(r, 200));
    }
}
//# sourceMappingURL=prometheus.js.map