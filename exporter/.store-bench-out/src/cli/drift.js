"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runDrift = void 0;
/**
 * `mlhealth drift`: a batch drift check for pipelines. Streams the reference and the current file into
 * columns, tests each feature, prints a table, Markdown or JSON, and sets the exit code
 * (0 done, 1 drift with --fail-on-drift, 2 bad usage or bad input). Documented in docs/drift.md.
 */
const node_path_1 = require("node:path");
const dataset_1 = require("../dataset");
const driftFormat_1 = require("./driftFormat");
const driftOptions_1 = require("./driftOptions");
const driftReport_1 = require("./driftReport");
const io_1 = require("./io");
const runDrift = async (argv, io) => {
    const options = (0, driftOptions_1.parseDriftOptions)(argv);
    if (options === null) {
        io.stdout(driftOptions_1.DRIFT_USAGE);
        return 0;
    }
    // Files are named in messages as the user wrote them.
    const sources = { reference: options.reference, current: options.current };
    const read = { columns: options.columns, types: options.types };
    let reference;
    let current;
    try {
        reference = await (0, dataset_1.readDataset)((0, node_path_1.resolve)(io.cwd, options.reference), `reference ${sources.reference}`, read);
        current = await (0, dataset_1.readDataset)((0, node_path_1.resolve)(io.cwd, options.current), `current ${sources.current}`, read);
    }
    catch (err) {
        if (err instanceof dataset_1.DatasetError)
            throw new io_1.UsageError(err.message);
        throw err;
    }
    if (options.columns === undefined)
        checkSameColumns(reference, current);
    const report = driftReportOf(reference, current, options);
    const render = options.format === 'json' ? driftFormat_1.formatJson : options.format === 'markdown' ? driftFormat_1.formatMarkdown : driftFormat_1.formatTable;
    io.stdout(render(report, sources));
    return exitCode(report, options, io.stderr);
};
exports.runDrift = runDrift;
function driftReportOf(reference, current, options) {
    const names = options.columns ?? reference.columns;
    const pairs = names.map((name) => {
        const ref = reference.data.get(name);
        const cur = current.data.get(name);
        if (ref === undefined || cur === undefined)
            throw new Error(`drift: column '${name}' was not read`);
        return (0, dataset_1.pairColumns)(name, ref, cur, options.types.get(name));
    });
    return (0, driftReport_1.buildDriftReport)(pairs, {
        method: options.method,
        threshold: options.threshold,
        correction: options.correction,
        bins: options.bins,
        driftShare: options.driftShare,
        referenceRows: reference.rows,
        currentRows: current.rows,
    });
}
/** Throws UsageError naming the columns only one of the files has. */
function checkSameColumns(reference, current) {
    const inCurrent = new Set(current.columns);
    const inReference = new Set(reference.columns);
    const onlyReference = reference.columns.filter((name) => !inCurrent.has(name));
    const onlyCurrent = current.columns.filter((name) => !inReference.has(name));
    if (onlyReference.length === 0 && onlyCurrent.length === 0)
        return;
    const list = (names) => names.map((name) => `'${name}'`).join(', ');
    const parts = [
        onlyReference.length > 0 ? `only in the reference: ${list(onlyReference)}` : '',
        onlyCurrent.length > 0 ? `only in the current: ${list(onlyCurrent)}` : '',
    ].filter((part) => part !== '');
    throw new io_1.UsageError(`${reference.source} and ${current.source} have different columns (${parts.join('; ')}); ` +
        'pick common ones with --columns');
}
function exitCode(report, options, stderr) {
    if (!options.failOnDrift)
        return 0;
    if (report.dataset_drifted) {
        stderr(`mlhealth drift: dataset drifted: ${report.drifted_features} of ${report.tested_features} tested features\n`);
        return 1;
    }
    if (report.untested_features > 0) {
        stderr(`mlhealth drift: ${report.untested_features} feature(s) could not be tested, so drift is not ruled out\n`);
        return 1;
    }
    return 0;
}
//# sourceMappingURL=drift.js.map