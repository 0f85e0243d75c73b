"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.promtool = promtool;
/** Runs the installed `promtool` (Prometheus 2.42) with a 30 s bound; output and exit code for assertions. */
const node_child_process_1 = require("node:child_process");
function promtool(args, stdin) {
    const run = (0, node_child_process_1.spawnSync)('promtool', args, { input: stdin, encoding: 'utf8', timeout: 30_000 });
    if (run.error !== undefined)
        throw new Error(`promtool ${args.join(' ')}: ${run.error.message}`);
    return { code: run.status, output: `${run.stdout}${run.stderr}` };
}
//# sourceMappingURL=promtool.js.map