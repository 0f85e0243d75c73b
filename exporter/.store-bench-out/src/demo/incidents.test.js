"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const incidents_1 = require("./incidents");
describe('conditionsAt', () => {
    it('is calm before the first incident', () => {
        const c = (0, incidents_1.conditionsAt)('fraud', 60, 1);
        expect(c.driftedFeatures.size).toBe(0);
        expect(c.missingFeatures.size).toBe(0);
        expect(c.latencySpike).toBe(false);
    });
    it('drifts fraud amount after two minutes, spikes recs latency after four, blanks merchant_category after six', () => {
        expect((0, incidents_1.conditionsAt)('fraud', 130, 1).driftedFeatures.has('amount')).toBe(true);
        expect((0, incidents_1.conditionsAt)('recs', 130, 1).driftedFeatures.size).toBe(0);
        expect((0, incidents_1.conditionsAt)('recs', 250, 1).latencySpike).toBe(true);
        expect((0, incidents_1.conditionsAt)('fraud', 250, 1).latencySpike).toBe(false);
        expect((0, incidents_1.conditionsAt)('fraud', 370, 1).missingFeatures.has('merchant_category')).toBe(true);
    });
    it('recovers after each incident and repeats every cycle', () => {
        expect((0, incidents_1.conditionsAt)('fraud', 215, 1).driftedFeatures.size).toBe(0);
        expect((0, incidents_1.conditionsAt)('recs', 335, 1).latencySpike).toBe(false);
        expect((0, incidents_1.conditionsAt)('fraud', incidents_1.DEMO_CYCLE_SECONDS + 130, 1).driftedFeatures.has('amount')).toBe(true);
    });
    it('divides every offset by the time scale', () => {
        expect((0, incidents_1.conditionsAt)('fraud', 13, 10).driftedFeatures.has('amount')).toBe(true);
        expect((0, incidents_1.conditionsAt)('fraud', 11, 10).driftedFeatures.size).toBe(0);
        expect((0, incidents_1.conditionsAt)('recs', 25, 10).latencySpike).toBe(true);
    });
    it('refuses a time scale that is not positive', () => {
        expect(() => (0, incidents_1.conditionsAt)('fraud', 1, 0)).toThrow('conditionsAt: time scale 0 must be a positive finite number');
    });
});
describe('describeTimetable', () => {
    it('prints scaled offsets', () => {
        const text = (0, incidents_1.describeTimetable)(10);
        expect(text).toContain('0:12 – 0:21   fraud: amount drifts');
        expect(text).toContain('repeats every 0:54');
    });
});
//# sourceMappingURL=incidents.test.js.map