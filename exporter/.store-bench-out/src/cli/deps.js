"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runDeps = exports.DEPS_USAGE = void 0;
/**
 * `mlhealth deps SPEC`: the dependency graph from data sources to business outcomes, its single points
 * of failure and, for each, the simulated business impact of its loss (failed nodes at score 0) against
 * the healthy baseline or `--inputs FILE`. Same report as `GET /api/v1/dependencies`.
 */
const format_1 = require("../risk/format");
const report_1 = require("../risk/report");
const args_1 = require("./args");
const offlineInputs_1 = require("./offlineInputs");
const specArgument_1 = require("./specArgument");
exports.DEPS_USAGE = `usage: mlhealth deps SPEC [options]

Builds the graph data sources → features → models → base nodes → components → business outcomes
from the spec and lists its single points of failure: a source or feature whose loss reaches two or
more business outcomes, or every path to one. Each is priced through the scenario engine (its nodes at
score 0) against the baseline: every base node healthy, or --inputs FILE.

options:
  --format table|json|mermaid   output (default table; mermaid prints the graph as a flowchart)
  --inputs FILE                 observations, exposures and ages as JSON (docs/whatif.md)
  --exposure NODE=VALUE         what Prometheus would read for an exposure, so it can be priced offline
  --now TIME                    evaluation time (Unix seconds or ISO-8601; default now)
  -h, --help                    show this help

exit codes: 0 ok, 2 usage error or invalid spec
`;
const runDeps = async (argv, io) => {
    const { values, positionals } = (0, args_1.parseCommandArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            format: { type: 'string' },
            inputs: { type: 'string' },
            exposure: { type: 'string', multiple: true },
            now: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help === true) {
        io.stdout(exports.DEPS_USAGE);
        return 0;
    }
    const format = (0, args_1.choiceOption)('format', values.format ?? 'table', ['table', 'json', 'mermaid']);
    const now = (0, offlineInputs_1.nowOption)(values.now);
    const file = (0, specArgument_1.onlySpecArgument)(positionals);
    const { spec } = await (0, specArgument_1.loadSpecArgument)(file, io);
    const offline = await (0, offlineInputs_1.offlineInputs)(spec, values.inputs, now, io);
    const inputs = (0, offlineInputs_1.withExposures)(spec, offline.inputs, values.exposure ?? []);
    const report = (0, report_1.dependencyReport)(spec, inputs, now);
    if (format === 'json')
        io.stdout(JSON.stringify({ baseline: offline.baseline, ...report }, null, 2) + '\n');
    else if (format === 'mermaid')
        io.stdout((0, format_1.dependencyMermaid)(report));
    else
        io.stdout((0, format_1.dependencyTable)(report, 'baseline'));
    return 0;
};
exports.runDeps = runDeps;
//# sourceMappingURL=deps.js.map