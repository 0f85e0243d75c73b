"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.demoBatches = demoBatches;
/**
 * Request bodies for the load benchmark (`load.ts`): batches of the demo's own traffic (both models,
 * calm conditions, seeded), drawn once before the run and cycled through during it. Timestamps are left
 * out, so the exporter stamps each event on arrival and every batch lands in the current window
 * however long the run lasts.
 */
const models_1 = require("../src/demo/models");
const traffic_1 = require("../src/demo/traffic");
/**
 * `perModel` batches of `size` events for each demo model, interleaved (fraud, recs, fraud, …).
 * Throws when a size or count is not a positive integer.
 */
function demoBatches(perModel, size, seed) {
    if (!Number.isInteger(perModel) || perModel < 1 || !Number.isInteger(size) || size < 1)
        throw new Error(`demoBatches: perModel ${perModel} and size ${size} must be positive integers`);
    const start = 1_700_000_000;
    const traffic = new traffic_1.DemoTraffic(models_1.DEMO_MODELS, seed, start, 1);
    const pools = new Map(models_1.DEMO_MODELS.map((m) => [m.id, []]));
    const needed = perModel * size;
    // one simulated second at a time; the demo's first incident starts at 2:00, past what is drawn here
    for (let t = start + 1; [...pools.values()].some((p) => p.length < needed); t += 1) {
        for (const [model, arrivals] of traffic.advance(t)) {
            const pool = pools.get(model) ?? [];
            for (const { timestamp: _dropped, ...event } of arrivals.events)
                pool.push(event);
        }
    }
    const byModel = [...pools].map(([model, pool]) => Array.from({ length: perModel }, (_, b) => ({
        model,
        body: JSON.stringify(pool.slice(b * size, (b + 1) * size)),
        events: size,
    })));
    return Array.from({ length: perModel }, (_, b) => byModel.map((batches) => batches[b])).flat();
}
//# sourceMappingURL=loadTraffic.js.map