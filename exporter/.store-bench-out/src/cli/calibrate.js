"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runCalibrate = exports.CALIBRATE_USAGE = void 0;
/**
 * `mlhealth calibrate SPEC [--out FILE] [--now ISO] [--dry-run] [--set-version V]`: re-derives the
 * thresholds of nodes declaring `derive: {method: reference_chunks}` from their models' reference files,
 * records the derivation, bumps the spec version and writes the spec (in place, or to --out), always
 * printing what changed first. Nothing is written when any node fails or the result would not validate.
 * Exit 0 done (or nothing to do), 1 spec invalid or calibration failed, 2 usage error / unreadable file.
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const spec_1 = require("../spec");
const applyEdits_1 = require("../spec/calibrate/applyEdits");
const plan_1 = require("../spec/calibrate/plan");
const summary_1 = require("../spec/calibrate/summary");
const version_1 = require("../spec/calibrate/version");
const convertThresholds_1 = require("../spec/convertThresholds");
const args_1 = require("./args");
const io_1 = require("./io");
exports.CALIBRATE_USAGE = `usage: mlhealth calibrate SPEC [--out FILE] [--now ISO] [--dry-run] [--set-version V]

Re-derives the thresholds of nodes with 'derive: { method: reference_chunks }' from their models'
reference files (mean + k·σ of the statistic over reference chunks), records the derivation under
'derived', bumps the spec version (semver patch or integer + 1) and writes the spec, keeping the rest
of the file as it is. Prints a summary of every change first.

options:
  --out FILE        write here instead of overwriting SPEC
  --now ISO         calibration time recorded in 'derived.at' (default: now)
  --dry-run         print the summary, write nothing
  --set-version V   the new version, instead of the automatic bump
  -h, --help        show this help

exit codes: 0 written (or nothing to calibrate), 1 invalid spec or a node failed, 2 usage error
`;
/** The options, or null for --help. @throws UsageError */
function parseCalibrateOptions(argv) {
    const { values, positionals } = (0, args_1.parseCommandArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            out: { type: 'string' },
            now: { type: 'string' },
            'dry-run': { type: 'boolean' },
            'set-version': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help === true)
        return null;
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
        throw new io_1.UsageError(`expected one SPEC file, got ${file === undefined ? 'none' : positionals.join(' ')}`);
    }
    return {
        file,
        at: values.now === undefined ? Date.now() / 1000 : nowOption(values.now),
        out: values.out,
        dryRun: values['dry-run'] === true,
        setVersion: values['set-version'],
    };
}
const runCalibrate = async (argv, io) => {
    const options = parseCalibrateOptions(argv);
    if (options === null) {
        io.stdout(exports.CALIBRATE_USAGE);
        return 0;
    }
    const { analysis, text, baseDir } = await analyze(options.file, io.cwd);
    if (analysis.errors.length > 0 || analysis.spec === undefined || analysis.origins === undefined) {
        printLines(io, [...analysis.errors, ...analysis.warnings].map(spec_1.formatIssueForCli));
        io.stdout(`calibrate: ${options.file} is invalid; nothing written\n`);
        return 1;
    }
    const plan = await (0, plan_1.planCalibration)(analysis.spec, analysis.origins, baseDir, options.at);
    if (plan.failures.length > 0) {
        printLines(io, (0, summary_1.formatCalibrationSummary)(plan, options.at, null));
        io.stdout('calibrate: some nodes could not be calibrated; nothing written\n');
        return 1;
    }
    const unchanged = plan.changes.filter(plan_1.isUnchanged).length;
    plan.changes = plan.changes.filter((c) => !(0, plan_1.isUnchanged)(c));
    if (plan.changes.length === 0) {
        printLines(io, (0, summary_1.formatCalibrationSummary)(plan, options.at, null));
        const why = unchanged > 0
            ? `thresholds of ${unchanged} node(s) unchanged`
            : 'nothing to calibrate from reference files';
        io.stdout(`calibrate: ${why}; nothing written\n`);
        return 0;
    }
    return writeCalibrated(io, options, { version: analysis.spec.version, text, plan });
};
exports.runCalibrate = runCalibrate;
/** Reads and analyzes the spec, tolerating derive-only thresholds that calibration is about to fill. */
async function analyze(file, cwd) {
    try {
        return await (0, spec_1.analyzeSpecFile)((0, node_path_1.resolve)(cwd, file), { label: file, tolerate: new Set([convertThresholds_1.UNCALIBRATED_CODE]) });
    }
    catch (err) {
        if (err instanceof spec_1.SpecReadError)
            throw new io_1.UsageError(err.message);
        throw err;
    }
}
async function writeCalibrated(io, options, input) {
    const before = input.version;
    let next;
    try {
        next = options.setVersion ?? (0, version_1.bumpVersion)(before);
    }
    catch (err) {
        throw new io_1.UsageError(err.message.replace(/^bumpVersion: /, ''));
    }
    printLines(io, (0, summary_1.formatCalibrationSummary)(input.plan, options.at, { from: before, to: next }));
    const target = options.out ?? options.file;
    const written = (0, applyEdits_1.applyCalibration)(input.text, input.plan.changes, next);
    try {
        (0, spec_1.parseSpec)(written, target);
    }
    catch (err) {
        if (!(err instanceof spec_1.SpecError))
            throw err;
        printLines(io, err.issues.map(spec_1.formatIssueForCli));
        io.stdout('calibrate: the calibrated spec would not validate (see above); nothing written\n');
        return 1;
    }
    if (options.dryRun) {
        io.stdout('calibrate: --dry-run, nothing written\n');
        return 0;
    }
    await (0, promises_1.writeFile)((0, node_path_1.resolve)(io.cwd, target), written);
    io.stdout(`calibrate: wrote ${target} (version ${before} -> ${next})\n`);
    return 0;
}
function nowOption(value) {
    try {
        return (0, spec_1.parseTimestamp)(value);
    }
    catch {
        throw new io_1.UsageError(`--now '${value}' is not an ISO-8601 time with a zone (e.g. 2025-03-01T12:00:00Z)`);
    }
}
function printLines(io, lines) {
    for (const line of lines)
        io.stdout(`${line}\n`);
}
//# sourceMappingURL=calibrate.js.map