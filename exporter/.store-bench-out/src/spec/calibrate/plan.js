"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isUnchanged = isUnchanged;
exports.calibrateNode = calibrateNode;
exports.planCalibration = planCalibration;
/**
 * Which nodes `mlhealth calibrate` can re-derive from files, and the new thresholds of each. Reading the
 * reference files is the only I/O here (injectable for tests); the statistics and the derivation are
 * the pure `chunkValues` and `deriveFromChunks`.
 */
const node_path_1 = require("node:path");
const signalKinds_1 = require("../signalKinds");
const chunkValues_1 = require("./chunkValues");
const derive_1 = require("./derive");
const referenceRows_1 = require("./referenceRows");
/**
 * Whether a calibration result repeats what the spec already records (same numbers, same derivation
 * apart from its time): then there is nothing to write.
 */
function isUnchanged(change) {
    const previous = change.node.thresholds?.derived;
    const next = change.result.derived;
    if (previous === undefined)
        return false;
    const same = (a, b) => a === b;
    return (same(change.before.warning, change.result.warning) &&
        same(change.before.critical, change.result.critical) &&
        ['method', 'k', 'critical_k', 'chunks', 'mean', 'std', 'samples'].every((key) => same(previous[key], next[key])));
}
/**
 * New thresholds for one node from its model's reference rows.
 * @throws Error saying why the node cannot be calibrated from these rows.
 */
function calibrateNode(node, model, rows, spec, at) {
    const t = node.thresholds;
    const signal = node.signal;
    if (t?.derive?.method !== 'reference_chunks' || signal === undefined) {
        throw new Error('calibrateNode: expected a base node with a reference_chunks derivation');
    }
    const ranges = (0, chunkValues_1.chunkRanges)(rows.rows, t.derive.chunks);
    const values = (0, chunkValues_1.chunkValues)(signal, ranges, {
        model,
        rows,
        lowConfidenceBelow: spec.defaults.low_confidence_below,
    });
    const feature = 'feature' in signal ? model.features.find((f) => f.name === signal.feature) : undefined;
    const bounds = (0, signalKinds_1.signalBounds)(signal, (0, signalKinds_1.declaredDriftMethod)(signal, feature) ?? (signal.kind === 'drift_worst' ? 'jensenshannon' : undefined));
    return (0, derive_1.deriveFromChunks)(values, t.derive, t.direction, bounds, at);
}
/** Plans the calibration of every node with a derivation; `baseDir` resolves reference paths. */
async function planCalibration(spec, origins, baseDir, at, readRows = referenceRows_1.readReferenceRows) {
    const plan = { changes: [], skipped: [], failures: [] };
    const models = new Map(spec.models.map((m) => [m.id, m]));
    const tables = new Map();
    const rowsOf = (file) => {
        const path = (0, node_path_1.resolve)(baseDir, file);
        if (!tables.has(path))
            tables.set(path, readRows(path));
        return tables.get(path);
    };
    for (const [i, node] of spec.nodes.entries()) {
        if (node.thresholds?.derive === undefined)
            continue;
        const index = origins.nodes[i] ?? i;
        const model = node.model === undefined ? undefined : models.get(node.model);
        const outcome = await planNode(node, model, (file) => rowsOf(file), spec, at);
        if ('result' in outcome)
            plan.changes.push({ index, node, before: outcome.before, result: outcome.result });
        else
            plan[outcome.list].push({ index, nodeId: node.id, message: outcome.message });
    }
    return plan;
}
async function planNode(node, model, rowsOf, spec, at) {
    const t = node.thresholds;
    if (t.derive?.method === 'history_quantile') {
        return {
            list: 'skipped',
            message: "history_quantile needs the node's recorded history: the running exporter calibrates it",
        };
    }
    const reference = model?.reference;
    if (model === undefined || reference === undefined)
        return { list: 'failures', message: 'no model reference to derive from' };
    if (!('file' in reference)) {
        const message = `model '${model.id}' has a pinned-window reference: the running exporter calibrates it from ingested events`;
        return { list: 'skipped', message };
    }
    try {
        const result = calibrateNode(node, model, await rowsOf(reference.file), spec, at);
        return { before: { warning: t.warning, critical: t.critical }, result };
    }
    catch (err) {
        return { list: 'failures', message: err.message };
    }
}
//# sourceMappingURL=plan.js.map