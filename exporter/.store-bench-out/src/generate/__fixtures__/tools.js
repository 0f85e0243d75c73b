"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runTool = runTool;
exports.writeTemp = writeTemp;
/**
 * Test helpers that run the real Prometheus/Alertmanager tools and write generated files to a
 * temporary directory.
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
/** Runs `command args` synchronously (bounded by `timeoutMs`) and returns its exit status and output. */
function runTool(command, args, cwd, timeoutMs = 60_000) {
    const r = (0, node_child_process_1.spawnSync)(command, args, { cwd, encoding: 'utf8', timeout: timeoutMs });
    if (r.error !== undefined)
        throw new Error(`runTool: ${command} failed to run: ${r.error.message}`);
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
/** Writes generated files into a fresh temporary directory and returns it. */
function writeTemp(files, prefix = 'mlhealth-gen-') {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), prefix));
    for (const f of files) {
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)((0, node_path_1.join)(dir, f.path)), { recursive: true });
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, f.path), f.content);
    }
    return dir;
}
//# sourceMappingURL=tools.js.map