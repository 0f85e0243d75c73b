"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const anomaly_1 = require("./anomaly");
describe('robustZScore', () => {
    const history = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    test('is (x − median) / (1.4826 · MAD)', () => {
        // median 5.5, MAD 2.5 (numpy: np.median(np.abs(h - 5.5)))
        expect((0, anomaly_1.robustZScore)(history, 20)).toBeCloseTo((20 - 5.5) / (1.4826 * 2.5), 12);
        expect((0, anomaly_1.robustZScore)(history, 5.5)).toBe(0);
    });
    test('one wild past value does not mask the next', () => {
        const withOutlier = [...history.slice(1), 1000];
        expect((0, anomaly_1.robustZScore)(withOutlier, 20)).toBeGreaterThan(3);
    });
    test('is null with a short history', () => {
        expect((0, anomaly_1.robustZScore)([1, 2, 3], 10)).toBeNull();
    });
    test('a flat history scores equal values 0 and others at the cap', () => {
        const flat = new Array(12).fill(4);
        expect((0, anomaly_1.robustZScore)(flat, 4)).toBe(0);
        expect((0, anomaly_1.robustZScore)(flat, 5)).toBe(anomaly_1.MAX_ANOMALY_SCORE);
        expect((0, anomaly_1.robustZScore)(flat, 3)).toBe(-anomaly_1.MAX_ANOMALY_SCORE);
    });
    test('a mostly flat history falls back to the mean absolute deviation', () => {
        const mostly = [...new Array(11).fill(0), 10];
        // MAD 0; mean |x − 0| = 10/12; scale 1.2533 × 10/12
        expect((0, anomaly_1.robustZScore)(mostly, 1)).toBeCloseTo(1 / (1.2533 * (10 / 12)), 10);
    });
});
describe('AnomalyHistory', () => {
    test('records at most once per half evaluation interval and keeps a bounded history', () => {
        const h = new anomaly_1.AnomalyHistory(12, 10);
        for (let t = 0; t < 300; t++)
            h.scoreAndRecord([{ node: 'a', value: t % 3 }], t);
        const state = h.toJSON();
        expect(state.values[0][1].length).toBe(12);
        const scores = h.scoreAndRecord([
            { node: 'a', value: 50 },
            { node: 'b', value: null },
        ], 400);
        expect(scores.a).toBeGreaterThan(10);
        expect(scores.b).toBeNull();
    });
});
//# sourceMappingURL=anomaly.test.js.map