"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodeFor = nodeFor;
exports.exporterDownFor = exporterDownFor;
exports.keepFiringFor = keepFiringFor;
exports.staleAfter = staleAfter;
/** A node must be bad for two evaluations before it alerts: one bad evaluation is noise. */
function nodeFor(facts) {
    return 2 * facts.cadence;
}
/** The exporter must miss scrapes for two default evaluation intervals before it is declared down. */
function exporterDownFor(spec) {
    return 2 * spec.defaults.evaluation_interval;
}
/**
 * A resolved node alert keeps firing this long, against flapping, and long enough that when the
 * exporter dies its data alerts are still firing (and so muted) when `MlhealthExporterDown` starts,
 * instead of resolving first and telling every team that all is well.
 */
function keepFiringFor(spec, facts) {
    return Math.max(2 * facts.cadence, 3 * exporterDownFor(spec));
}
/** A node not recomputed for three cadences is stale: the evaluation loop, not the data, is stuck. */
function staleAfter(facts) {
    return 3 * facts.cadence;
}
//# sourceMappingURL=timing.js.map