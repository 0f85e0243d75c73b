"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SnapshotFamily = void 0;
exports.registerFamily = registerFamily;
/** The object prom-client's `Registry` asks for on every scrape (`get`) and on `resetMetrics` (`reset`). */
class SnapshotFamily {
    name;
    help;
    type;
    collectSamples;
    version;
    aggregator = 'sum';
    /**
     * @param version identifies the state the samples come from (e.g. the snapshot object): while it is
     *   the same, the rendered text can be reused. Absent: the family is rendered on every scrape.
     */
    constructor(name, help, type, collectSamples, version) {
        this.name = name;
        this.help = help;
        this.type = type;
        this.collectSamples = collectSamples;
        this.version = version;
    }
    async get() {
        return {
            name: this.name,
            help: this.help,
            type: this.type,
            aggregator: this.aggregator,
            values: [...this.collectSamples()],
        };
    }
    /** Nothing to reset: the family holds no values of its own. */
    reset() { }
}
exports.SnapshotFamily = SnapshotFamily;
/**
 * Registers a family for `def` on `registry`, computing samples with `collect` at each scrape.
 * prom-client types `registerMetric` for its own classes; its registry only calls `name`, `get` and
 * `reset`, which a `SnapshotFamily` has, hence the one cast at this boundary.
 */
function registerFamily(registry, def, type, collect, version) {
    const family = new SnapshotFamily(def.name, def.help, type, collect, version);
    registry.registerMetric(family);
    return family;
}
//# sourceMappingURL=family.js.map