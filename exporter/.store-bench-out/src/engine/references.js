"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadReferenceFile = loadReferenceFile;
/**
 * Reference profiles from the files a spec names (`models[].reference.file`, relative to the spec's
 * directory), loaded once at start-up. A reference that cannot be read or validated stops the start:
 * a model silently compared with nothing would report drift as unknown forever.
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const ingest_1 = require("../ingest");
const reference_1 = require("../signals/reference");
const readRecords_1 = require("./readRecords");
/**
 * The reference profile of `model` from its reference file, or null when the model has none (or a
 * pinned window, which the monitor builds from events). `takenAt` overrides the reference time; by
 * default it is the spec's `reference_taken_at`, else the file's modification time.
 * Throws an Error naming the model, the file and every problem.
 */
async function loadReferenceFile(model, baseDir, takenAt) {
    if (model.reference === undefined || !('file' in model.reference))
        return null;
    const path = (0, node_path_1.resolve)(baseDir, model.reference.file);
    const records = await (0, readRecords_1.readAllRecords)(path);
    const validated = (0, ingest_1.validateReferenceRows)(model, records);
    if (!validated.ok) {
        const problems = validated.details.map((d) => `${d.path}: ${d.message}`).join('; ');
        throw new Error(`loadReferenceFile: model ${model.id}: reference ${path} is invalid: ${problems}`);
    }
    const when = takenAt ?? model.reference_taken_at ?? (await (0, promises_1.stat)(path)).mtimeMs / 1000;
    return (0, reference_1.buildReferenceProfile)(model, validated.rows, when);
}
//# sourceMappingURL=references.js.map