"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.simplifyErrors = simplifyErrors;
exports.pointerToPath = pointerToPath;
const schema_1 = require("./schema");
const ajvMessages_1 = require("./ajvMessages");
/** Readable pending issues from ajv's verbose errors for `root`. */
function simplifyErrors(errors, root) {
    const dropped = new Set();
    const replaced = new Map();
    for (const error of errors) {
        if (error.keyword === 'oneOf' || error.keyword === 'anyOf')
            collapseUnion(error, errors, dropped, replaced);
        if (error.keyword === 'discriminator' && error.params.error === 'tag') {
            const tag = error.params.tag;
            const hasRequired = errors.some((e) => e.instancePath === error.instancePath &&
                e.keyword === 'required' &&
                e.params.missingProperty === tag);
            if (hasRequired)
                dropped.add(error);
        }
    }
    const issues = [];
    const seen = new Set();
    for (const error of errors) {
        if (dropped.has(error))
            continue;
        const issue = toIssue(error, root, replaced.get(error));
        const key = `${issue.path.join('\u0000')}\u0001${issue.message}`;
        if (!seen.has(key)) {
            seen.add(key);
            issues.push(issue);
        }
    }
    return issues;
}
function collapseUnion(union, errors, dropped, replaced) {
    const branches = union.schema.map((b) => ({ raw: b, effective: resolveRef(b) }));
    const belongsTo = (e, b) => e !== union &&
        e.instancePath === union.instancePath &&
        (e.parentSchema === b.raw || e.parentSchema === b.effective);
    const branchErrors = errors.filter((e) => branches.some((b) => belongsTo(e, b)));
    const friendlyMessage = schema_1.FRIENDLY_MESSAGES.get(union.parentSchema);
    if (friendlyMessage !== undefined) {
        branchErrors.forEach((e) => dropped.add(e));
        replaced.set(union, friendlyMessage);
        return;
    }
    const passing = union.params.passingSchemas;
    const titles = branches.map((b) => String(b.effective.title ?? b.raw.title ?? 'an alternative'));
    if (Array.isArray(passing)) {
        replaced.set(union, `must be only one of: ${titles.join('; ')} (it matches several)`);
        return;
    }
    const candidates = branches.filter((b) => fitsShape(b.effective, union.data));
    const [onlyCandidate] = candidates;
    if (candidates.length === 1 && onlyCandidate !== undefined) {
        dropped.add(union);
        branchErrors.filter((e) => !belongsTo(e, onlyCandidate)).forEach((e) => dropped.add(e));
        return;
    }
    branchErrors.forEach((e) => dropped.add(e));
    replaced.set(union, `must be one of: ${titles.join('; ')}`);
}
function resolveRef(schema) {
    const ref = schema.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/definitions/'))
        return schema;
    const definitions = schema_1.SPEC_SCHEMA.definitions;
    return definitions[ref.slice('#/definitions/'.length)] ?? schema;
}
/** Whether `data` has the branch's JSON type and carries every key the branch requires. */
function fitsShape(branch, data) {
    const types = branch.type === undefined ? [] : [].concat(branch.type);
    if (types.length > 0 && !types.some((t) => jsonTypeMatches(String(t), data)))
        return false;
    const required = Array.isArray(branch.required) ? branch.required : [];
    if (required.length === 0)
        return true;
    return typeof data === 'object' && data !== null && required.every((k) => k in data);
}
function jsonTypeMatches(type, data) {
    if (type === 'integer')
        return typeof data === 'number' && Number.isInteger(data);
    if (type === 'array')
        return Array.isArray(data);
    if (type === 'null')
        return data === null;
    if (type === 'object')
        return typeof data === 'object' && data !== null && !Array.isArray(data);
    return typeof data === type;
}
function toIssue(error, root, replacement) {
    const path = pointerToPath(error.instancePath, root);
    if (replacement !== undefined)
        return { path, message: replacement, severity: 'error' };
    if (error.keyword === 'additionalProperties') {
        const key = String(error.params.additionalProperty);
        return { path: [...path, key], atKey: true, message: (0, ajvMessages_1.unknownKeyMessage)(key, error), severity: 'error' };
    }
    if (error.keyword === 'discriminator' && error.params.error === 'mapping') {
        const tag = String(error.params.tag);
        return { path: [...path, tag], message: (0, ajvMessages_1.describeError)(error), severity: 'error' };
    }
    const friendlyMessage = schema_1.FRIENDLY_MESSAGES.get(error.parentSchema);
    return { path, message: friendlyMessage ?? (0, ajvMessages_1.describeError)(error), severity: 'error' };
}
/** `/nodes/3/id` → `['nodes', 3, 'id']`, with array indexes as numbers (decided by walking `root`). */
function pointerToPath(pointer, root) {
    if (pointer === '')
        return [];
    const path = [];
    let cursor = root;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(cursor)) {
            path.push(Number(key));
            cursor = cursor[Number(key)];
        }
        else {
            path.push(key);
            cursor =
                typeof cursor === 'object' && cursor !== null ? cursor[key] : undefined;
        }
    }
    return path;
}
//# sourceMappingURL=ajvErrors.js.map