"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runValidate = exports.VALIDATE_USAGE = void 0;
exports.summarizeSpec = summarizeSpec;
/**
 * `mlhealth validate SPEC [--format text|json]`: loads a spec the way the exporter does, without
 * starting anything, and prints every issue as `file:line:col: error: path: message` plus a one-line
 * summary. Exit 0 valid (warnings printed), 1 invalid, 2 usage error or unreadable file.
 */
const node_path_1 = require("node:path");
const spec_1 = require("../spec");
const args_1 = require("./args");
const io_1 = require("./io");
exports.VALIDATE_USAGE = `usage: mlhealth validate SPEC [--format text|json]

Checks a cascade spec (YAML) against the JSON Schema and the semantic rules (references, cycles, tiers,
thresholds), and lists every problem with file, line, column and path.

options:
  --format text|json  output format (default text)
  -h, --help          show this help

exit codes: 0 valid (warnings may be printed), 1 invalid, 2 usage error or unreadable file
`;
function summarizeSpec(spec) {
    const nodes = { base: 0, component: 0, business: 0 };
    for (const node of spec.nodes)
        nodes[node.tier] += 1;
    const edges = spec.nodes.reduce((sum, node) => sum + (node.children?.length ?? 0), 0);
    return { name: spec.name, version: spec.version, models: spec.models.length, nodes, edges };
}
function summaryLine(s, sha256, warnings) {
    const total = s.nodes.base + s.nodes.component + s.nodes.business;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return (`valid: ${s.name} ${s.version} (sha256 ${sha256.slice(0, 12)}): ${plural(s.models, 'model')}, ` +
        `${plural(total, 'node')} (${s.nodes.base} base, ${s.nodes.component} component, ${s.nodes.business} business), ` +
        `${plural(s.edges, 'edge')}, ${plural(warnings, 'warning')}`);
}
const runValidate = async (argv, io) => {
    const { values, positionals } = (0, args_1.parseCommandArgs)({
        args: argv,
        allowPositionals: true,
        options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help === true) {
        io.stdout(exports.VALIDATE_USAGE);
        return 0;
    }
    const format = (0, args_1.choiceOption)('format', values.format ?? 'text', ['text', 'json']);
    if (positionals.length !== 1) {
        throw new io_1.UsageError(`expected one SPEC file, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`);
    }
    const file = positionals[0];
    let loaded;
    try {
        loaded = await (0, spec_1.loadSpecFile)((0, node_path_1.resolve)(io.cwd, file), { label: file });
    }
    catch (err) {
        if (err instanceof spec_1.SpecReadError)
            throw new io_1.UsageError(err.message);
        if (!(err instanceof spec_1.SpecError))
            throw err;
        io.stdout(format === 'json' ? jsonReport(file, err.issues, err.warnings) : textReport(err.issues, err.warnings));
        return 1;
    }
    const summary = summarizeSpec(loaded.spec);
    if (format === 'json') {
        io.stdout(jsonReport(file, [], loaded.warnings, { ...summary, sha256: loaded.sha256 }));
    }
    else {
        io.stdout(textReport([], loaded.warnings) + `${summaryLine(summary, loaded.sha256, loaded.warnings.length)}\n`);
    }
    return 0;
};
exports.runValidate = runValidate;
function textReport(errors, warnings) {
    const lines = [...errors, ...warnings].map(spec_1.formatIssueForCli);
    if (errors.length > 0) {
        lines.push(`invalid: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
    }
    return lines.map((l) => `${l}\n`).join('');
}
function jsonReport(file, errors, warnings, summary) {
    return `${JSON.stringify({ file, valid: errors.length === 0, errors, warnings, ...(summary ? { summary } : {}) }, null, 2)}\n`;
}
//# sourceMappingURL=validate.js.map