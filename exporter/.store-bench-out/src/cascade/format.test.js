"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const format_1 = require("./format");
const labels_1 = require("./labels");
describe('format', () => {
    it.each([
        [0.31, '0.31'],
        [0.3125, '0.313'],
        [1234.5, '1235'],
        [0, '0'],
        [-0.05, '-0.05'],
    ])('formatNumber(%p) = %s', (x, s) => expect((0, format_1.formatNumber)(x)).toBe(s));
    it.each([
        [0.84, '0.84s'],
        [301, '5.02min'],
        [7200, '2h'],
        [5184000, '60d'],
    ])('formatDuration(%p) = %s', (x, s) => expect((0, format_1.formatDuration)(x)).toBe(s));
    it('formats values by unit and shares as percentages', () => {
        expect((0, format_1.formatValue)(0.84, 'seconds')).toBe('0.84s');
        expect((0, format_1.formatValue)(0.84, 'ratio')).toBe('0.84');
        expect((0, format_1.formatShare)(0.5385)).toBe('54%');
    });
});
describe('labels', () => {
    it('names signals by kind and method', () => {
        expect((0, labels_1.signalLabel)({ kind: 'feature_drift', feature: 'a', method: 'psi' })).toBe('PSI');
        expect((0, labels_1.signalLabel)({ kind: 'feature_drift', feature: 'a', method: 'ks', measure: 'p_value' })).toBe('KS p-value');
        expect((0, labels_1.signalLabel)({ kind: 'feature_drift', feature: 'a' })).toBe('drift');
        expect((0, labels_1.signalLabel)({ kind: 'prediction_drift', method: 'jensenshannon' })).toBe('prediction drift (Jensen-Shannon)');
        expect((0, labels_1.signalLabel)({ kind: 'latency', stat: 'p99' })).toBe('p99 latency');
        expect((0, labels_1.signalLabel)({ kind: 'realized_performance', metric: 'f1' })).toBe('realized f1');
        expect((0, labels_1.signalLabel)({ kind: 'missing_ratio' })).toBe('missing ratio');
        expect((0, labels_1.signalLabel)(undefined)).toBe('value');
    });
    it('finds the feature of feature-level signals only', () => {
        expect((0, labels_1.signalFeature)({ kind: 'schema_violations', feature: 'zip', violation: 'range' })).toBe('zip');
        expect((0, labels_1.signalFeature)({ kind: 'drift_share' })).toBeUndefined();
    });
});
//# sourceMappingURL=format.test.js.map