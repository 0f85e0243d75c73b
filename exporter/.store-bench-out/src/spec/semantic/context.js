"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IssueList = void 0;
exports.nodesById = nodesById;
exports.isKnownNode = isKnownNode;
const salvage_1 = require("../salvage");
/** Collects issues with paths relative to an element of a section. */
class IssueList {
    input;
    issues = [];
    constructor(input) {
        this.input = input;
    }
    /** Path of `section[i]` in the file, followed by `rest`. */
    at(section, i, ...rest) {
        return [section, this.input.origins[section][i] ?? i, ...rest];
    }
    error(path, message) {
        this.issues.push({ path, message, severity: 'error' });
    }
    warning(path, message) {
        this.issues.push({ path, message, severity: 'warning' });
    }
    /** Reports a dangling reference unless the target was left out by the schema check. */
    dangling(path, section, id, what, known) {
        if ((0, salvage_1.isUnresolved)(this.input.unresolved, section, id))
            return;
        const list = [...known];
        const hint = list.length === 0
            ? `no ${what}s are declared`
            : `known: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''}`;
        this.error(path, `unknown ${what} '${id}' (${hint})`);
    }
}
exports.IssueList = IssueList;
/**
 * The nodes by id. Ids that are ambiguous (declared twice, or also carried by an element the schema
 * check left out) are left out: edges to them are not judged, their duplicates are reported instead.
 */
function nodesById(input) {
    const counts = new Map();
    for (const id of input.allIds.nodes)
        if (id !== undefined)
            counts.set(id, (counts.get(id) ?? 0) + 1);
    const map = new Map();
    for (const node of input.spec.nodes) {
        if ((counts.get(node.id) ?? 0) <= 1 && !input.unresolved.ids.nodes.has(node.id))
            map.set(node.id, node);
    }
    return map;
}
/** Whether `id` names a node that exists, or one whose definition is ambiguous or was left out. */
function isKnownNode(input, id) {
    return input.allIds.nodes.includes(id) || (0, salvage_1.isUnresolved)(input.unresolved, 'nodes', id);
}
//# sourceMappingURL=context.js.map