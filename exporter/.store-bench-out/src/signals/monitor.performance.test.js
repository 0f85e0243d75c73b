"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const specs_1 = require("./__fixtures__/specs");
const monitor_1 = require("./monitor");
const NOW = 1_700_000_000;
const signals = {
    estAcc: { kind: 'estimated_performance', metric: 'accuracy' },
    estPrec: { kind: 'estimated_performance', metric: 'precision' },
    estRec: { kind: 'estimated_performance', metric: 'recall' },
    estF1: { kind: 'estimated_performance', metric: 'f1' },
    acc: { kind: 'realized_performance', metric: 'accuracy' },
    prec: { kind: 'realized_performance', metric: 'precision' },
    rec: { kind: 'realized_performance', metric: 'recall' },
    f1: { kind: 'realized_performance', metric: 'f1' },
};
/** 40 positive predictions at confidence 0.9 and 60 negative ones at 0.8. */
function classified(monitor) {
    const events = Array.from({ length: 100 }, (_, i) => (0, specs_1.event)({
        id: `p${i}`,
        timestamp: NOW - 60,
        features: {},
        prediction: i < 40 ? 'fraud' : 'ok',
        confidence: i < 40 ? 0.9 : 0.8,
    }));
    monitor.ingest(events, NOW - 60);
}
const value = (monitor, id, at = NOW) => monitor.evaluate(at).observations.find((o) => o.node === id);
describe('estimated performance (CBPE)', () => {
    test('expected confusion counts from calibrated confidence', () => {
        const monitor = new monitor_1.ModelMonitor((0, specs_1.monitorConfig)(signals), { now: NOW - 600 });
        classified(monitor);
        // E[TP] = 40·0.9 = 36, E[FP] = 4, E[TN] = 60·0.8 = 48, E[FN] = 12
        expect(value(monitor, 'estAcc').value).toBeCloseTo(0.84, 12);
        expect(value(monitor, 'estPrec').value).toBeCloseTo(36 / 40, 12);
        expect(value(monitor, 'estRec').value).toBeCloseTo(36 / 48, 12);
        expect(value(monitor, 'estF1').value).toBeCloseTo(72 / (72 + 4 + 12), 12);
    });
    test('precision needs a positive class; regression models get no CBPE', () => {
        const noPositive = new monitor_1.ModelMonitor((0, specs_1.monitorConfig)(signals, (0, specs_1.fraudModel)({ positive_class: undefined })), {
            now: NOW - 600,
        });
        classified(noPositive);
        expect(value(noPositive, 'estPrec').reason).toBe("estimated precision needs the model's positive_class");
        expect(value(noPositive, 'estAcc').value).toBeCloseTo(0.84, 12);
        const regression = new monitor_1.ModelMonitor((0, specs_1.monitorConfig)(signals, (0, specs_1.fraudModel)({ task: 'regression', positive_class: undefined })), { now: NOW - 600 });
        expect(value(regression, 'estAcc').reason).toBe('estimated performance needs a classification model (CBPE)');
    });
});
describe('realized performance from late labels', () => {
    test('labels join their predictions by id; unknown ids are counted, not joined', () => {
        const monitor = new monitor_1.ModelMonitor((0, specs_1.monitorConfig)(signals), { now: NOW - 600 });
        classified(monitor);
        // truth: p0..p29 fraud (TP 30), p30..p39 ok (FP 10), p40..p49 fraud (FN 10), p50..p99 ok (TN 50)
        const labels = Array.from({ length: 100 }, (_, i) => ({
            id: `p${i}`,
            label: i < 30 || (i >= 40 && i < 50) ? 'fraud' : 'ok',
        }));
        expect(monitor.ingestLabels([...labels, { id: 'nope', label: 'ok' }], NOW)).toEqual({
            joined: 100,
            unmatched: 1,
        });
        expect(value(monitor, 'acc').value).toBeCloseTo(0.8, 12);
        expect(value(monitor, 'prec').value).toBeCloseTo(30 / 40, 12);
        expect(value(monitor, 'rec').value).toBeCloseTo(30 / 40, 12);
        expect(value(monitor, 'f1').value).toBeCloseTo(0.75, 12);
        // a prediction takes one label: the same labels again join nothing
        expect(monitor.ingestLabels(labels, NOW)).toEqual({ joined: 0, unmatched: 100 });
        expect(monitor.evaluate(NOW).detail.labelsJoinedTotal).toBe(100);
    });
    test('too few labels is unknown; labels leave the window like events', () => {
        const monitor = new monitor_1.ModelMonitor((0, specs_1.monitorConfig)(signals), { now: NOW - 600 });
        classified(monitor);
        monitor.ingestLabels([{ id: 'p1', label: 'fraud' }], NOW);
        expect(value(monitor, 'acc').reason).toBe('1 labels < 30 needed');
        monitor.ingestLabels(Array.from({ length: 50 }, (_, i) => ({ id: `p${i + 2}`, label: 'ok' })), NOW);
        expect(value(monitor, 'acc', NOW + 3600).reason).toBe('0 labels < 30 needed');
    });
    test('regression: MAE and RMSE', () => {
        const model = (0, specs_1.fraudModel)({ task: 'regression', positive_class: undefined });
        const monitor = new monitor_1.ModelMonitor((0, specs_1.monitorConfig)({
            mae: { kind: 'realized_performance', metric: 'mae' },
            rmse: { kind: 'realized_performance', metric: 'rmse' },
        }, model), { now: NOW - 600 });
        monitor.ingest(Array.from({ length: 40 }, (_, i) => (0, specs_1.event)({ id: `r${i}`, features: {}, prediction: 10 })), NOW);
        monitor.ingestLabels(Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, label: i % 2 ? 12 : 9 })), NOW);
        expect(value(monitor, 'mae').value).toBeCloseTo(1.5, 12);
        expect(value(monitor, 'rmse').value).toBeCloseTo(Math.sqrt(2.5), 12);
    });
    test('a metric of the other task is unknown, with the reason', () => {
        const monitor = new monitor_1.ModelMonitor((0, specs_1.monitorConfig)({ mae: { kind: 'realized_performance', metric: 'mae' } }), { now: NOW - 600 });
        expect(value(monitor, 'mae').reason).toBe('realized mae needs a regression model');
    });
    test('remembered predictions are bounded, oldest forgotten first', () => {
        const monitor = new monitor_1.ModelMonitor((0, specs_1.monitorConfig)(signals), {
            now: NOW - 600,
            options: { maxPendingLabels: 10 },
        });
        classified(monitor);
        expect(monitor.ingestLabels([
            { id: 'p0', label: 'ok' },
            { id: 'p99', label: 'ok' },
        ], NOW)).toEqual({ joined: 1, unmatched: 1 });
    });
});
//# sourceMappingURL=monitor.performance.test.js.map