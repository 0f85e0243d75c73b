"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerSelfFamilies = registerSelfFamilies;
const types_1 = require("../ingest/types");
const family_1 = require("./family");
const names_1 = require("./names");
function acceptedSamples(state) {
    const accepted = state.ingestTotals().accepted;
    return state.spec().models.map((m) => ({ labels: { model: m.id }, value: accepted.get(m.id) ?? 0 }));
}
function rejectedSamples(state) {
    const rejected = state.ingestTotals().rejected;
    const out = [];
    for (const m of state.spec().models) {
        const byReason = rejected.get(m.id);
        for (const reason of types_1.REJECT_REASONS) {
            out.push({ labels: { model: m.id, reason }, value: byReason?.get(reason) ?? 0 });
        }
    }
    return out;
}
/** Registers the self families on `registry`. */
function registerSelfFamilies(registry, state, buildVersion) {
    (0, family_1.registerFamily)(registry, names_1.METRICS.up, 'gauge', () => [{ labels: {}, value: state.up() ? 1 : 0 }]);
    (0, family_1.registerFamily)(registry, names_1.METRICS.sourceUp, 'gauge', () => [...state.sourcesUp()].map(([source, up]) => ({ labels: { source }, value: up ? 1 : 0 })));
    (0, family_1.registerFamily)(registry, names_1.METRICS.specInfo, 'gauge', () => {
        const spec = state.spec();
        return [{ labels: { name: spec.name, version: spec.version, sha256: state.specSha256() }, value: 1 }];
    });
    (0, family_1.registerFamily)(registry, names_1.METRICS.buildInfo, 'gauge', () => [
        { labels: { version: buildVersion }, value: 1 },
    ]);
    (0, family_1.registerFamily)(registry, names_1.METRICS.ingestEvents, 'counter', () => acceptedSamples(state));
    (0, family_1.registerFamily)(registry, names_1.METRICS.ingestRejected, 'counter', () => rejectedSamples(state));
}
//# sourceMappingURL=selfFamilies.js.map