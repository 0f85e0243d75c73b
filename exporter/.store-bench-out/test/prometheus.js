"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.freePort = freePort;
exports.startPrometheus = startPrometheus;
/**
 * A real Prometheus (the Debian package) on 127.0.0.1 with a temporary data dir, for tests of PromQL
 * sources. It scrapes nothing: instant queries like `vector(0.42)` answer without data.
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_net_1 = require("node:net");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
/** A port that was free a moment ago (listen on 0, read it, close). */
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
async function waitReady(url, child) {
    for (let i = 0; i < 100; i++) {
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
    throw new Error(`prometheus at ${url} not ready after 10 s`);
}
async function startPrometheus() {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-prom-'));
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 15s\nscrape_configs: []\n');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = (0, node_child_process_1.spawn)('prometheus', [
        `--config.file=${(0, node_path_1.join)(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${(0, node_path_1.join)(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
    ], { stdio: 'ignore' });
    await waitReady(url, child);
    return {
        url,
        stop: () => new Promise((resolve) => {
            child.once('exit', () => {
                (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
                resolve();
            });
            child.kill('SIGTERM');
        }),
    };
}
//# sourceMappingURL=prometheus.js.map