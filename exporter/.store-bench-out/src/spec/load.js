"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SpecReadError = void 0;
exports.readSpecFile = readSpecFile;
exports.loadSpecFile = loadSpecFile;
exports.analyzeSpecFile = analyzeSpecFile;
exports.addMissingReferenceFiles = addMissingReferenceFiles;
/**
 * `loadSpecFile`: the I/O edge of the loader. Reads the file, hashes its bytes, parses it, and checks
 * that the reference files it names exist (relative to the spec's directory).
 */
const node_fs_1 = require("node:fs");
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const issues_1 = require("./issues");
const parse_1 = require("./parse");
/** The spec file itself could not be read (missing, a directory, no permission). */
class SpecReadError extends Error {
    file;
    reason;
    constructor(file, reason) {
        super(`cannot read spec file '${file}': ${reason}`);
        this.file = file;
        this.reason = reason;
        this.name = 'SpecReadError';
    }
}
exports.SpecReadError = SpecReadError;
const READ_REASONS = {
    ENOENT: 'the file does not exist',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
};
/** Reads a spec file: its bytes (for the hash) and text; `label` names it in the error. @throws SpecReadError */
async function readSpecFile(path, label = path) {
    try {
        const bytes = await (0, promises_1.readFile)(path);
        return { bytes, text: bytes.toString('utf8') };
    }
    catch (err) {
        const code = err.code;
        throw new SpecReadError(label, (code !== undefined ? READ_REASONS[code] : undefined) ?? err.message);
    }
}
/**
 * Loads and validates a spec file; the hash is of the file's bytes.
 *
 * @throws SpecReadError when the file cannot be read; SpecError listing every problem, including
 *   reference files that do not exist.
 * @example (await loadSpecFile('exporter/examples/realistic.yaml')).spec.models.map((m) => m.id) // ['fraud', 'recs']
 */
async function loadSpecFile(path, options = {}) {
    const { analysis, sha256, baseDir, label } = await analyzeSpecFile(path, options);
    return (0, parse_1.finish)(analysis, sha256, label, baseDir);
}
/** Reads and analyzes a spec file, reference files included, without throwing on spec errors. @throws SpecReadError */
async function analyzeSpecFile(path, options = {}) {
    const label = options.label ?? path;
    const { bytes, text } = await readSpecFile(path, label);
    const baseDir = (0, node_path_1.dirname)((0, node_path_1.resolve)(path));
    const analysis = (0, parse_1.analyzeSpec)(text, label, options);
    await addMissingReferenceFiles(analysis, baseDir);
    return { analysis, text, sha256: (0, parse_1.sha256Hex)(bytes), baseDir, label };
}
/** Adds an error for every `models[].reference.file` that does not exist or cannot be read. */
async function addMissingReferenceFiles(analysis, baseDir) {
    const { spec, origins } = analysis;
    if (spec === undefined || origins === undefined)
        return;
    const missing = [];
    await Promise.all(spec.models.map(async (model, i) => {
        if (model.reference === undefined || !('file' in model.reference))
            return;
        const absolute = (0, node_path_1.resolve)(baseDir, model.reference.file);
        try {
            await (0, promises_1.access)(absolute, node_fs_1.constants.R_OK);
        }
        catch {
            missing.push({
                path: ['models', origins.models[i] ?? i, 'reference', 'file'],
                message: `reference file '${model.reference.file}' not found or not readable (looked at ${absolute})`,
                severity: 'error',
            });
        }
    }));
    if (missing.length === 0)
        return;
    analysis.errors = (0, issues_1.sortIssues)([...analysis.errors, ...missing.map(analysis.position)]);
}
//# sourceMappingURL=load.js.map