"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const ingestRecords_1 = require("./ingestRecords");
describe('eventFromRecord', () => {
    it('splits a flat CSV row into event fields, features and attributions', () => {
        const event = (0, ingestRecords_1.eventFromRecord)({
            id: '0017',
            timestamp: '1700000000.5',
            amount: '12.50',
            country: 'DE',
            card_present: 'true',
            merchant_category: '',
            hour_of_day: 'NaN',
            prediction: '1',
            confidence: '0.9',
            latency_seconds: '0.02',
            error: 'false',
            'attribution.amount': '-0.3',
        });
        expect(event).toEqual({
            id: '0017',
            timestamp: 1700000000.5,
            prediction: '1',
            confidence: 0.9,
            latency_seconds: 0.02,
            error: false,
            features: { amount: 12.5, country: 'DE', card_present: 'true' },
            attributions: { amount: -0.3 },
        });
    });
    it('reads error flags and classes', () => {
        expect((0, ingestRecords_1.eventFromRecord)({ error: '1' }).error).toBe(true);
        expect((0, ingestRecords_1.eventFromRecord)({ error: 'timeout' }).error).toBe('timeout');
    });
    it('passes event-shaped JSON Lines rows through', () => {
        const row = { features: { amount: 3 }, confidence: 0.5 };
        expect((0, ingestRecords_1.eventFromRecord)(row)).toBe(row);
    });
});
describe('labelFromRecord', () => {
    it('keeps the id as text and reads a numeric label', () => {
        expect((0, ingestRecords_1.labelFromRecord)({ id: '007', label: '1' })).toEqual({ id: '007', label: 1 });
        expect((0, ingestRecords_1.labelFromRecord)({ id: 'a', label: 'fraud' })).toEqual({ id: 'a', label: 'fraud' });
    });
});
//# sourceMappingURL=ingestRecords.test.js.map