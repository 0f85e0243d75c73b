"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkDuplicateIds = checkDuplicateIds;
const issues_1 = require("../issues");
const context_1 = require("./context");
const SECTIONS = [
    ['sources', 'source'],
    ['models', 'model'],
    ['nodes', 'node'],
    ['teams', 'team'],
    ['escalation_policies', 'escalation policy'],
    ['scenarios', 'scenario'],
];
function checkDuplicateIds(input) {
    const list = new context_1.IssueList(input);
    // Over every element as written, so that a duplicate of an element with a schema error is still found.
    for (const [section, what] of SECTIONS) {
        const present = input.allIds[section].flatMap((id, i) => (id === undefined ? [] : [{ id, i }]));
        const fileIndex = (k) => present[k].i;
        reportRepeats(present.map((p) => p.id), (k) => [section, fileIndex(k), 'id'], (k) => [section, fileIndex(k)], what, list);
    }
    checkNestedIds(input, list);
    return list.issues;
}
/** Feature names within a model, receiver names within a team, children within a node. */
function checkNestedIds(input, list) {
    const within = (ids, at, key, what) => reportRepeats(ids, (i) => (key === undefined ? at(i) : [...at(i), key]), at, what, list);
    input.spec.models.forEach((model, m) => {
        within(model.features.map((f) => f.name), (i) => list.at('models', m, 'features', i), 'name', 'feature');
    });
    input.spec.teams.forEach((team, t) => {
        within(team.receivers.map((r) => r.name), (i) => list.at('teams', t, 'receivers', i), 'name', 'receiver');
    });
    input.spec.nodes.forEach((node, n) => {
        const children = (node.children ?? []).map((c) => c.node);
        within(children, (i) => list.at('nodes', n, 'children', i), undefined, 'child');
    });
}
function reportRepeats(ids, pathOf, firstPathOf, what, list) {
    const first = new Map();
    ids.forEach((id, i) => {
        const earlier = first.get(id);
        if (earlier === undefined)
            first.set(id, i);
        else
            list.error(pathOf(i), `duplicate ${what} '${id}' (first at ${(0, issues_1.formatPath)(firstPathOf(earlier))})`);
    });
}
//# sourceMappingURL=ids.js.map