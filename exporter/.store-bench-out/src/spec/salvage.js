"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isUnresolved = isUnresolved;
exports.salvage = salvage;
const SECTIONS = [
    'sources',
    'models',
    'nodes',
    'teams',
    'escalation_policies',
    'scenarios',
];
/**
 * Keys of list elements whose absence no other check depends on: a schema error inside one of them drops
 * that key only, so the rest of the element is still checked. An error anywhere else drops the element.
 */
const REMOVABLE = {
    nodes: new Set([
        'title',
        'description',
        'owner',
        'provenance',
        'playbook',
        'cadence',
        'escalation',
        'unit',
        'score_mapping',
        'objective',
        'unknown_policy',
        'impact',
        'decay',
        'retrain_trigger',
    ]),
    models: new Set([
        'title',
        'owner',
        'window',
        'evaluation_interval',
        'sample_size',
        'bins',
        'correction',
        'positive_class',
        'reference_taken_at',
    ]),
    sources: new Set(['timeout', 'auth']),
    teams: new Set(['title']),
    scenarios: new Set(['title', 'description']),
};
/** Whether a reference into `section` to `id` may point at something the schema check left out. */
function isUnresolved(unresolved, section, id) {
    return unresolved.whole.has(section) || unresolved.ids[section].has(id);
}
/** The sound part of `data` given its schema issues; undefined when the document is not a mapping. */
function salvage(data, schemaIssues) {
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return undefined;
    const source = structuredClone(data);
    const { tainted, taintedKeys } = repairOrTaint(source, schemaIssues);
    const unresolved = {
        ids: Object.fromEntries(SECTIONS.map((s) => [s, new Set()])),
        whole: new Set(),
    };
    const origins = {};
    const allIds = {};
    const raw = { ...source };
    for (const section of SECTIONS) {
        const list = source[section];
        allIds[section] = Array.isArray(list) ? list.map(idOf) : [];
        const usable = Array.isArray(list) && !taintedKeys.has(section);
        if (list !== undefined && !usable)
            unresolved.whole.add(section);
        const bad = tainted.get(section) ?? new Set();
        origins[section] = usable ? list.map((_, i) => i).filter((i) => !bad.has(i)) : [];
        raw[section] = usable ? origins[section].map((i) => list[i]) : [];
        if (usable)
            for (const i of bad)
                addId(unresolved.ids[section], list[i]);
    }
    for (const key of ['defaults', 'links'])
        if (taintedKeys.has(key) || tainted.has(key))
            raw[key] = {};
    if (taintedKeys.has('name') || typeof raw.name !== 'string')
        raw.name = '?';
    if (taintedKeys.has('version') || raw.version === undefined)
        raw.version = '0';
    if (taintedKeys.has('currency'))
        delete raw.currency;
    if (taintedKeys.has('description'))
        delete raw.description;
    return { raw: raw, origins, unresolved, allIds };
}
/**
 * Repairs `source` in place where an error spoils nothing else (unknown keys, removable keys, a child's
 * weight, one scenario change), and returns what must be left out: list elements and top-level keys.
 */
function repairOrTaint(source, schemaIssues) {
    const tainted = new Map();
    const taintedKeys = new Set();
    for (const issue of schemaIssues) {
        const [first, second, third] = issue.path;
        if (issue.atKey === true) {
            deleteAt(source, issue.path);
        }
        else if (typeof first !== 'string') {
            continue;
        }
        else if (typeof second === 'number' &&
            typeof third === 'string' &&
            REMOVABLE[first]?.has(third) === true) {
            deleteAt(source, [first, second, third]);
        }
        else if (isChildWeight(issue.path)) {
            // A bad weight: check the rest of the node with the default weight.
            deleteAt(source, issue.path.slice(0, 5));
        }
        else if (first === 'scenarios' && third === 'changes' && typeof issue.path[3] === 'number') {
            // A bad change: the other changes of the scenario are still checked; this one becomes a change
            // that refers to nothing, so no check reports on it again.
            setAt(source, issue.path.slice(0, 4), { scale_exposure: { factor: 1 } });
        }
        else if (typeof second === 'number') {
            tainted.set(first, (tainted.get(first) ?? new Set()).add(second));
        }
        else {
            taintedKeys.add(first);
        }
    }
    return { tainted, taintedKeys };
}
function addId(ids, element) {
    const id = idOf(element);
    if (id !== undefined)
        ids.add(id);
}
/** `nodes[i].children[j].weight` (or below it). */
function isChildWeight(path) {
    return path[0] === 'nodes' && path[2] === 'children' && typeof path[3] === 'number' && path[4] === 'weight';
}
function deleteAt(root, path) {
    let cursor = root;
    for (const seg of path.slice(0, -1)) {
        if (typeof cursor !== 'object' || cursor === null)
            return;
        cursor = cursor[seg];
    }
    if (typeof cursor === 'object' && cursor !== null)
        delete cursor[String(path[path.length - 1])];
}
function setAt(root, path, value) {
    let cursor = root;
    for (const seg of path.slice(0, -1)) {
        if (typeof cursor !== 'object' || cursor === null)
            return;
        cursor = cursor[seg];
    }
    if (typeof cursor === 'object' && cursor !== null)
        cursor[path[path.length - 1]] = value;
}
function idOf(element) {
    if (typeof element !== 'object' || element === null)
        return undefined;
    const id = element.id;
    return typeof id === 'string' ? id : undefined;
}
//# sourceMappingURL=salvage.js.map