"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tempDir = tempDir;
exports.removeTempDirs = removeTempDirs;
/** Temporary data directories for store tests, removed after each test. */
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const made = [];
/** A fresh empty directory under the OS temp dir. */
function tempDir(prefix = 'mlhealth-store-') {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), prefix));
    made.push(dir);
    return dir;
}
/** Removes every directory made so far (call in afterEach/afterAll). */
function removeTempDirs() {
    for (const dir of made.splice(0))
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
}
//# sourceMappingURL=tempDir.js.map