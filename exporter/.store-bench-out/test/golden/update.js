"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Rewrites the golden `/metrics` file from the current code: `npm run test:golden:update -w exporter`.
 * Run it only when a change of the exposition is intended, and review the diff in the pull request.
 */
const node_fs_1 = require("node:fs");
const demoMetrics_1 = require("./demoMetrics");
(0, demoMetrics_1.goldenDemoMetrics)().then((text) => {
    (0, node_fs_1.writeFileSync)(demoMetrics_1.GOLDEN_PATH, text);
    process.stdout.write(`wrote ${demoMetrics_1.GOLDEN_PATH} (${text.split('\n').length} lines)\n`);
}, (err) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
});
//# sourceMappingURL=update.js.map