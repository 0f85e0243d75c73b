"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const fraudModel_1 = require("./fraudModel");
const models_1 = require("./models");
const traffic_1 = require("./traffic");
const T0 = 1_700_000_000;
function medianAmount(traffic, from, to) {
    const amounts = [];
    for (let t = from + 1; t <= to; t++) {
        for (const e of traffic.advance(T0 + t).get('fraud')?.events ?? []) {
            if (typeof e.features.amount === 'number')
                amounts.push(e.features.amount);
        }
    }
    amounts.sort((a, b) => a - b);
    return amounts[Math.floor(amounts.length / 2)];
}
describe('DemoTraffic', () => {
    it('gives the same events for the same seed and steps', () => {
        const a = new traffic_1.DemoTraffic(models_1.DEMO_MODELS, 7, T0, 1).advance(T0 + 2);
        const b = new traffic_1.DemoTraffic(models_1.DEMO_MODELS, 7, T0, 1).advance(T0 + 2);
        expect(a.get('fraud')?.events).toEqual(b.get('fraud')?.events);
        expect(a.get('recs')?.events.length).toBeGreaterThan(300);
    });
    it('sends about the model rate with the daily variation, timestamps inside the step', () => {
        const traffic = new traffic_1.DemoTraffic([fraudModel_1.FRAUD_MODEL], 1, T0, 1);
        const events = traffic.advance(T0 + 10).get('fraud')?.events ?? [];
        expect(Math.abs(events.length - 10 * fraudModel_1.FRAUD_MODEL.eventsPerSecond * (0, traffic_1.dailyVariation)(0))).toBeLessThanOrEqual(1);
        expect(events.every((e) => e.timestamp > T0 && e.timestamp < T0 + 10)).toBe(true);
        expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    });
    it('shifts fraud amounts during the drift incident', () => {
        const traffic = new traffic_1.DemoTraffic([fraudModel_1.FRAUD_MODEL], 3, T0, 1);
        const calm = medianAmount(traffic, 0, 100);
        traffic.advance(T0 + 130);
        const drifted = medianAmount(traffic, 130, 200);
        // log-mean +1.8: the median grows six-fold (e^1.8 ≈ 6.05).
        expect(drifted / calm).toBeGreaterThan(5.4);
        expect(drifted / calm).toBeLessThan(6.7);
    });
    it('blanks merchant_category in about 60% of events during the missing-values incident', () => {
        const traffic = new traffic_1.DemoTraffic([fraudModel_1.FRAUD_MODEL], 4, T0, 1);
        traffic.advance(T0 + 370);
        const events = traffic.advance(T0 + 400).get('fraud')?.events ?? [];
        const missing = events.filter((e) => e.features.merchant_category === null).length / events.length;
        expect(missing).toBeGreaterThan(0.55);
        expect(missing).toBeLessThan(0.65);
    });
    it('delivers fraud labels ten seconds after their predictions', () => {
        const traffic = new traffic_1.DemoTraffic([fraudModel_1.FRAUD_MODEL], 5, T0, 1);
        const first = traffic.advance(T0 + 5).get('fraud');
        expect(first?.labels).toEqual([]);
        const later = traffic.advance(T0 + 16).get('fraud');
        const sentAt = new Map([...(first?.events ?? []), ...(later?.events ?? [])].map((e) => [e.id, e.timestamp]));
        expect(later?.labels.length).toBeGreaterThan(0.2 * (first?.events.length ?? 0));
        for (const label of later?.labels ?? []) {
            expect(sentAt.get(label.id)).toBeLessThanOrEqual(T0 + 6);
            expect(['fraud', 'legit']).toContain(label.label);
        }
    });
});
//# sourceMappingURL=traffic.test.js.map