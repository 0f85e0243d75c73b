"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_REFERENCE_AGE_DAYS = exports.DEMO_MODEL_AGE_DAYS = void 0;
exports.stepDemo = stepDemo;
exports.setUpDemoModels = setUpDemoModels;
exports.runDemo = runDemo;
/** Days between a demo model's training and the demo's start: young enough to be healthy. */
exports.DEMO_MODEL_AGE_DAYS = 21;
/** Days between the demo's reference data and the demo's start. */
exports.DEMO_REFERENCE_AGE_DAYS = 14;
/** Posts the traffic between the previous step and `now`; resolves with what was sent. */
async function stepDemo(traffic, sink, now) {
    const counts = { events: 0, labels: 0 };
    for (const [model, arrivals] of traffic.advance(now)) {
        if (arrivals.events.length > 0) {
            await sink.events(model, arrivals.events);
            counts.events += arrivals.events.length;
        }
        if (arrivals.labels.length > 0) {
            await sink.labels(model, arrivals.labels);
            counts.labels += arrivals.labels.length;
        }
    }
    return counts;
}
/** Governance facts of the demo models at start: trained `DEMO_MODEL_AGE_DAYS` before `startedAt`. */
async function setUpDemoModels(sink, models, startedAt) {
    for (const model of models) {
        await sink.governance(model.id, {
            version: model.version,
            trained_at: startedAt - exports.DEMO_MODEL_AGE_DAYS * 86400,
        });
    }
}
/**
 * Runs the demo in real time: one step every `intervalMs`, reading the clock each time. A failed step
 * is logged and the next one carries on (the demo must not take the exporter down).
 */
function runDemo(traffic, sink, clock, intervalMs, log) {
    let busy = false;
    const timer = setInterval(() => {
        if (busy)
            return;
        busy = true;
        stepDemo(traffic, sink, clock())
            .catch((err) => log(`mlhealth demo: step failed: ${err instanceof Error ? err.message : String(err)}`))
            .finally(() => {
            busy = false;
        });
    }, intervalMs);
    timer.unref();
    return { stop: () => clearInterval(timer) };
}
//# sourceMappingURL=simulator.js.map