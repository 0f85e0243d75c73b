"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeSpec = analyzeSpec;
exports.sha256Hex = sha256Hex;
exports.parseSpec = parseSpec;
exports.finish = finish;
/**
 * `parseSpec`: YAML text → validated `Spec` with defaults, or a `SpecError` carrying every problem.
 * The pipeline: YAML (positions) → JSON Schema (ajv) → keep the sound parts → convert with defaults →
 * semantic checks → position every issue. Nothing is returned half-loaded.
 */
const node_crypto_1 = require("node:crypto");
const node_path_1 = require("node:path");
const check_1 = require("../cascade/check");
const ajvErrors_1 = require("./ajvErrors");
const convert_1 = require("./convert");
const issues_1 = require("./issues");
const salvage_1 = require("./salvage");
const semantic_1 = require("./semantic");
const validateSchema_1 = require("./validateSchema");
const yamlDocument_1 = require("./yamlDocument");
/** Every issue of a spec text, positioned and sorted; the spec when it could be converted. */
function analyzeSpec(text, file, options = {}) {
    const yaml = (0, yamlDocument_1.parseYaml)(text, file);
    const position = (p) => ({
        file,
        ...yaml.locate(p.path, p.atKey),
        path: (0, issues_1.formatPath)(p.path),
        message: p.message,
        severity: p.severity,
    });
    const split = (issues, spec, origins) => ({
        spec,
        errors: (0, issues_1.sortIssues)(issues.filter((i) => i.severity === 'error')),
        warnings: (0, issues_1.sortIssues)(issues.filter((i) => i.severity === 'warning')),
        position,
        origins,
    });
    if (yaml.syntaxIssues.some((i) => i.severity === 'error'))
        return split(yaml.syntaxIssues, undefined, undefined);
    const pending = (0, validateSchema_1.validateAgainstSchema)(yaml.data);
    const sound = (0, salvage_1.salvage)(yaml.data, pending);
    let spec;
    if (sound !== undefined) {
        spec = (0, convert_1.convertSpec)(sound.raw, sound.origins, (path, message, code) => pending.push({ path, message, severity: 'error', ...(code !== undefined ? { code } : {}) }));
        pending.push(...(0, semantic_1.runSemanticChecks)({
            spec,
            origins: sound.origins,
            unresolved: sound.unresolved,
            allIds: sound.allIds,
        }));
        // The engine's own precondition, as a last line: whatever it would refuse is a load error too.
        if (!pending.some((p) => p.severity === 'error'))
            pending.push(...engineProblems(spec, yaml.data));
    }
    const kept = pending.filter((p) => p.code === undefined || options.tolerate?.has(p.code) !== true);
    return split([...yaml.syntaxIssues, ...kept.map(position)], spec, sound?.origins);
}
/** `cascadeSpecProblems` (the cascade engine's check) as pending issues, paths mapped from its JSON pointers. */
function engineProblems(spec, data) {
    return (0, check_1.cascadeSpecProblems)(spec).map((p) => ({
        path: (0, ajvErrors_1.pointerToPath)(p.path, data),
        message: `cascade engine: ${p.message}`,
        severity: 'error',
    }));
}
/** sha256 hex of UTF-8 text or raw bytes. */
function sha256Hex(content) {
    return (0, node_crypto_1.createHash)('sha256').update(content).digest('hex');
}
/**
 * Parses and validates a spec from its text. Pure: no I/O (reference files are checked by `loadSpecFile`).
 *
 * @throws SpecError listing every error (YAML syntax, schema, semantic) with file, line, column and path.
 * @example parseSpec(text, 'specs/fraud.yaml').spec.nodes.length // 24
 */
function parseSpec(text, file) {
    return finish(analyzeSpec(text, file), sha256Hex(text), file, (0, node_path_1.dirname)(file));
}
/** Turns an analysis into a `LoadedSpec`, or throws `SpecError` when it has errors. */
function finish(analysis, sha256, file, baseDir) {
    if (analysis.errors.length > 0 || analysis.spec === undefined) {
        throw new issues_1.SpecError(analysis.errors, analysis.warnings);
    }
    return { spec: analysis.spec, sha256, file, baseDir, warnings: analysis.warnings };
}
//# sourceMappingURL=parse.js.map