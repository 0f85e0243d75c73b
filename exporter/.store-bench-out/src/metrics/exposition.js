"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CachedExposition = void 0;
const family_1 = require("./family");
class CachedExposition {
    registry;
    cache = new Map();
    preparing = null;
    constructor(registry) {
        this.registry = registry;
    }
    async familyText(metric, name) {
        if (!(metric instanceof family_1.SnapshotFamily) || metric.version === undefined) {
            return this.registry.getSingleMetricAsString(name);
        }
        const version = metric.version();
        const hit = this.cache.get(name);
        if (hit !== undefined && hit.version === version)
            return hit.text;
        const text = await this.registry.getSingleMetricAsString(name);
        this.cache.set(name, { version, text });
        return text;
    }
    /** Formats every versioned family whose version changed, so the next scrape finds it ready. */
    prepare() {
        const run = async () => {
            for (const metric of this.registry.getMetricsAsArray()) {
                if (metric instanceof family_1.SnapshotFamily && metric.version !== undefined)
                    await this.familyText(metric, metric.name);
            }
        };
        this.preparing = (this.preparing ?? Promise.resolve()).then(run, run);
        return this.preparing;
    }
    /** The exposition text, identical to `registry.metrics()` in the Prometheus text format. */
    async render() {
        if (this.preparing !== null)
            await this.preparing;
        const parts = [];
        for (const metric of this.registry.getMetricsAsArray())
            parts.push(await this.familyText(metric, metric.name));
        return `${parts.join('\n\n')}\n`;
    }
}
exports.CachedExposition = CachedExposition;
//# sourceMappingURL=exposition.js.map