"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fixture = exports.FIXTURES = void 0;
exports.drift = drift;
exports.driftJson = driftJson;
/** Runs `mlhealth drift` in-process with captured output, for the drift tests. */
const node_path_1 = require("node:path");
const main_1 = require("../../main");
exports.FIXTURES = __dirname;
async function drift(args, cwd = exports.FIXTURES) {
    let out = '';
    let err = '';
    const io = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd, env: {} };
    const code = await (0, main_1.runCli)(['drift', ...args], io);
    return { code, out, err };
}
/** Runs with `--format json`, expects exit 0 and no stderr, and returns the parsed report. */
async function driftJson(args, cwd = exports.FIXTURES) {
    const { code, out, err } = await drift([...args, '--format', 'json'], cwd);
    if (code !== 0 || err !== '')
        throw new Error(`drift exited ${code}: ${err}`);
    return JSON.parse(out);
}
const fixture = (name) => (0, node_path_1.join)(exports.FIXTURES, name);
exports.fixture = fixture;
//# sourceMappingURL=harness.js.map