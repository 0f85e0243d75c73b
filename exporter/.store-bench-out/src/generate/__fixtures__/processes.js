"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sleep = void 0;
exports.freePort = freePort;
exports.waitFor = waitFor;
exports.startProcess = startProcess;
exports.startAlertmanager = startAlertmanager;
exports.startPrometheus = startPrometheus;
/**
 * Real Prometheus and Alertmanager processes for tests: on 127.0.0.1, temporary storage, bounded
 * start-up waits, stopped by pid (SIGTERM, then SIGKILL after a bound).
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_net_1 = require("node:net");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
/** A port free on 127.0.0.1 right now (bound to 0 and released). */
async function freePort() {
    return new Promise((resolvePort, reject) => {
        const server = (0, node_net_1.createServer)();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address !== null ? address.port : 0;
            server.close(() => resolvePort(port));
        });
    });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
exports.sleep = sleep;
/** Polls `check` every `everyMs` until it returns a value other than undefined, or throws after `timeoutMs`. */
async function waitFor(what, check, timeoutMs, everyMs = 250) {
    const deadline = Date.now() + timeoutMs;
    let lastError;
    while (Date.now() < deadline) {
        try {
            const value = await check();
            if (value !== undefined)
                return value;
        }
        catch (err) {
            lastError = err;
        }
        await (0, exports.sleep)(everyMs);
    }
    throw new Error(`waitFor: ${what} did not happen within ${timeoutMs} ms${lastError instanceof Error ? ` (last error: ${lastError.message})` : ''}`);
}
async function stopChild(child) {
    if (child.exitCode !== null || child.signalCode !== null)
        return;
    const exited = new Promise((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
}
/** Starts `command args`, waits until `readyUrl` answers 200 (bounded), and returns a handle. */
async function startProcess(command, args, port, readyPath, cleanup = []) {
    const child = (0, node_child_process_1.spawn)(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => (output += d.toString()));
    child.stderr?.on('data', (d) => (output += d.toString()));
    const url = `http://127.0.0.1:${port}`;
    const stop = async () => {
        await stopChild(child);
        for (const dir of cleanup)
            (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    };
    try {
        await waitFor(`${command} ready at ${url}${readyPath}`, async () => {
            if (child.exitCode !== null)
                throw new Error(`${command} exited with ${child.exitCode}: ${output.slice(-2000)}`);
            const res = await fetch(`${url}${readyPath}`);
            return res.ok ? true : undefined;
        }, 20_000);
    }
    catch (err) {
        await stop();
        throw new Error(`${err instanceof Error ? err.message : String(err)}\n${output.slice(-2000)}`);
    }
    return { url, port, output: () => output, stop };
}
/** The Debian `prometheus-alertmanager` on 127.0.0.1 with a temporary storage dir and clustering off. */
async function startAlertmanager(configFile, port) {
    port ??= await freePort();
    const storage = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-am-'));
    return startProcess('prometheus-alertmanager', [
        `--config.file=${configFile}`,
        `--storage.path=${storage}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--cluster.listen-address=',
        '--log.level=warn',
    ], port, '/-/ready', [storage]);
}
/** Prometheus on 127.0.0.1 with a temporary TSDB. */
async function startPrometheus(configFile, port) {
    port ??= await freePort();
    const storage = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'mlhealth-prom-'));
    return startProcess('prometheus', [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${storage}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
    ], port, '/-/ready', [storage]);
}
//# sourceMappingURL=processes.js.map