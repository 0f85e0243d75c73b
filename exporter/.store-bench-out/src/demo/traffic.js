"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DemoTraffic = void 0;
exports.dailyVariation = dailyVariation;
/**
 * Deterministic demo traffic: for each simulated model, the prediction events that arrived between two
 * instants, following the incident timetable, and the late labels that fell due. Pure given its seed: the
 * same seed and the same sequence of `advance(now)` calls give the same events, which the golden
 * `/metrics` test relies on.
 */
const incidents_1 = require("./incidents");
const prng_1 = require("./prng");
/** The traffic multiplier over a compressed "day" of ten minutes: ±25 % around the mean rate. */
function dailyVariation(elapsed) {
    return 1 + 0.25 * Math.sin((2 * Math.PI * elapsed) / 600);
}
class DemoTraffic {
    startedAt;
    timeScale;
    states;
    last;
    /**
     * @param startedAt Unix seconds at which the demo starts (incident offsets count from here).
     * @param timeScale divides the incident timetable (1 = real time).
     */
    constructor(models, seed, startedAt, timeScale) {
        this.startedAt = startedAt;
        this.timeScale = timeScale;
        this.states = models.map((model, i) => ({
            model,
            u: (0, prng_1.mulberry32)(seed + 7919 * (i + 1)),
            carry: 0,
            next: 0,
            pending: [],
        }));
        this.last = startedAt;
    }
    /** The events and due labels of every model between the previous call (or the start) and `now`. */
    advance(now) {
        const from = this.last;
        const dt = Math.max(0, now - from);
        this.last = Math.max(this.last, now);
        const out = new Map();
        for (const state of this.states) {
            const events = this.drawEvents(state, from, dt);
            this.planLabels(state, events);
            out.set(state.model.id, { events, labels: takeDue(state, now) });
        }
        return out;
    }
    drawEvents(state, from, dt) {
        const elapsed = from - this.startedAt;
        const expected = state.model.eventsPerSecond * dailyVariation(elapsed) * dt + state.carry;
        const count = Math.floor(expected);
        state.carry = expected - count;
        const conditions = (0, incidents_1.conditionsAt)(state.model.id, elapsed, this.timeScale);
        const events = [];
        for (let i = 0; i < count; i++) {
            const features = state.model.drawFeatures(state.u, conditions);
            const { prediction, confidence, attributions } = state.model.predict(features);
            const { latency, error } = state.model.drawServing(state.u, conditions);
            state.next += 1;
            const event = {
                timestamp: Math.round((from + (dt * (i + 1)) / (count + 1)) * 1000) / 1000,
                id: `${state.model.id}-${state.next}`,
                features,
                prediction,
                confidence,
                latency_seconds: latency,
                error,
            };
            if (attributions !== undefined)
                event.attributions = attributions;
            events.push(event);
        }
        return events;
    }
    planLabels(state, events) {
        const plan = state.model.labels;
        if (plan === undefined)
            return;
        for (const event of events) {
            if (state.u() >= plan.share)
                continue;
            state.pending.push({
                id: event.id,
                label: plan.draw(state.u, event),
                due: event.timestamp + plan.delaySeconds,
            });
        }
    }
}
exports.DemoTraffic = DemoTraffic;
function takeDue(state, now) {
    let n = 0;
    while (n < state.pending.length && state.pending[n].due <= now)
        n++;
    return state.pending.splice(0, n).map(({ id, label }) => ({ id, label }));
}
//# sourceMappingURL=traffic.js.map