"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.referenceToJSON = referenceToJSON;
exports.referenceFromJSON = referenceFromJSON;
function columnToJSON(c) {
    if (c.type === 'numeric')
        return { ...c, sorted: Array.from(c.sorted) };
    return { ...c, counts: [...c.counts] };
}
function columnFromJSON(c) {
    if (c.type === 'numeric')
        return { ...c, sorted: Float64Array.from(c.sorted) };
    return { ...c, counts: new Map(c.counts) };
}
/** The JSON-safe form of a profile. Complexity O(size of the profile). Throws nothing. */
function referenceToJSON(profile) {
    return {
        format: 'mlhealth-reference/1',
        model: profile.model,
        rows: profile.rows,
        takenAt: profile.takenAt,
        columns: [...profile.columns].map(([name, c]) => [name, columnToJSON(c)]),
        prediction: profile.prediction ? columnToJSON(profile.prediction) : null,
        importance: profile.importance ? [...profile.importance] : null,
    };
}
/**
 * A profile from its JSON form. Throws when `json.format` is not `mlhealth-reference/1`, so a store
 * written by another version is refused loudly rather than misread.
 */
function referenceFromJSON(json) {
    if (json?.format !== 'mlhealth-reference/1') {
        throw new Error(`referenceFromJSON: format is ${String(json?.format)}, expected mlhealth-reference/1`);
    }
    return {
        model: json.model,
        rows: json.rows,
        takenAt: json.takenAt,
        columns: new Map(json.columns.map(([name, c]) => [name, columnFromJSON(c)])),
        prediction: json.prediction ? columnFromJSON(json.prediction) : null,
        importance: json.importance ? new Map(json.importance) : null,
    };
}
//# sourceMappingURL=referenceJson.js.map