"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startPrometheus = startPrometheus;
/**
 * Starts the Debian `prometheus` binary on 127.0.0.1 with a temporary data directory, scraping itself
 * every second, and waits (bounded) until it is ready. `stop()` kills it and removes the directory.
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
async function startPrometheus() {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-prom-'));
    const port = await freePort();
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'prometheus.yml'), `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files: [rules.yml]\nscrape_configs:\n  - job_name: prometheus\n    static_configs:\n      - targets: ['127.0.0.1:${port}']\n`);
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'rules.yml'), `groups:\n  - name: test\n    rules:\n      - record: mlhealth_test_answer\n        expr: vector(42)\n`);
    const child = (0, node_child_process_1.spawn)('prometheus', [`--config.file=${(0, node_path_1.join)(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${(0, node_path_1.join)(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=error'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk.toString()));
    const url = `http://127.0.0.1:${port}`;
    const stop = async () => {
        if (child.exitCode === null) {
            const exited = new Promise((resolve) => child.once('exit', resolve));
            child.kill('SIGTERM');
            await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
            if (child.exitCode === null)
                child.kill('SIGKILL');
        }
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    };
    for (let i = 0; i < 150; i++) {
        if (child.exitCode !== null)
            break;
        try {
            if ((await fetch(`${url}/-/ready`)).ok)
                return { url, stop };
        }
        catch {
            // not listening yet
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    await stop();
    throw new Error(`startPrometheus: not ready on ${url} after 15 s: ${stderr.slice(-500)}`);
}
//# sourceMappingURL=realPrometheus.js.map