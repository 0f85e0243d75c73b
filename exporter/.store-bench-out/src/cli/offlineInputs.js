"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nowOption = nowOption;
exports.offlineInputs = offlineInputs;
exports.withExposures = withExposures;
exports.keyValue = keyValue;
exports.amountOf = amountOf;
/**
 * Offline cascade inputs for `mlhealth scenario` and `mlhealth deps`: the healthy baseline, or the
 * observations of `--inputs FILE` laid over it; `--now` pins the clock.
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const timestamp_1 = require("../spec/timestamp");
const baseline_1 = require("../whatif/baseline");
const inputsJson_1 = require("../whatif/inputsJson");
const io_1 = require("./io");
/** `--now` as Unix seconds, or the wall clock. */
function nowOption(value) {
    if (value === undefined)
        return Date.now() / 1000;
    try {
        return (0, timestamp_1.parseTimestamp)(/^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value);
    }
    catch (err) {
        throw new io_1.UsageError(`--now '${value}': ${err.message.replace(/^parseTimestamp: /, '')}`);
    }
}
/** Reads `--inputs FILE` (JSON, see docs/whatif.md) or builds the healthy baseline. */
async function offlineInputs(spec, file, now, io) {
    if (file === undefined)
        return { inputs: (0, baseline_1.healthyInputs)(spec, now), baseline: 'healthy', assumedHealthy: [] };
    let json;
    try {
        json = JSON.parse(await (0, promises_1.readFile)((0, node_path_1.resolve)(io.cwd, file), 'utf8'));
    }
    catch (err) {
        throw new io_1.UsageError(`--inputs ${file}: ${err.message}`);
    }
    const parsed = (0, inputsJson_1.inputsFromJson)(spec, json, now);
    if (!parsed.ok) {
        io.stderr(parsed.issues.map((i) => `${file}: ${i.path === '' ? '(file)' : i.path}: ${i.message}\n`).join(''));
        throw new io_1.UsageError(`--inputs ${file} has ${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}`);
    }
    return { inputs: parsed.inputs, baseline: file, assumedHealthy: parsed.assumedHealthy };
}
/**
 * `--exposure NODE=VALUE` options laid over the inputs: what a source would read for an exposure, so the
 * baseline (and every scenario on it) can be priced offline.
 */
function withExposures(spec, inputs, texts) {
    if (texts.length === 0)
        return inputs;
    const exposures = new Map(inputs.exposures);
    for (const text of texts) {
        const [node, value] = keyValue('exposure', text);
        const exposure = spec.nodes.find((n) => n.id === node)?.impact?.exposure;
        if (exposure === undefined) {
            throw new io_1.UsageError(`--exposure '${text}': no node '${node}' with an impact model in spec ${spec.name}`);
        }
        if ('constant' in exposure) {
            throw new io_1.UsageError(`--exposure '${text}': ${node} has a constant exposure (${exposure.constant}); --exposure gives readings of exposures read from a source`);
        }
        exposures.set(node, amountOf('exposure', text, value));
    }
    return { ...inputs, exposures };
}
/** `NODE=VALUE` of an option, split at the first `=`; throws UsageError naming the option. */
function keyValue(option, text) {
    const at = text.indexOf('=');
    if (at <= 0 || at === text.length - 1)
        throw new io_1.UsageError(`--${option} '${text}' is not NAME=VALUE`);
    return [text.slice(0, at), text.slice(at + 1)];
}
/** A non-negative finite number of an option's value; throws UsageError naming the option. */
function amountOf(option, whole, value) {
    const n = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(n) || n < 0)
        throw new io_1.UsageError(`--${option} '${whole}': '${value}' is not a non-negative number`);
    return n;
}
//# sourceMappingURL=offlineInputs.js.map