"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const chooseMethod_1 = require("./chooseMethod");
const methods_1 = require("./methods");
const choose = (type, uniqueCount, referenceSize, currentSize) => (0, chooseMethod_1.chooseMethod)({ type, uniqueCount, referenceSize, currentSize }).method;
describe('chooseMethod: the documented table', () => {
    it('uses tests up to an effective size of 1000 and distances beyond', () => {
        // 2000 vs 2000 → effective size 1000 (tests); 2002 vs 2002 → 1001 (distances).
        expect(choose('numeric', 100, 2000, 2000)).toBe('ks');
        expect(choose('numeric', 100, 2002, 2002)).toBe('wasserstein');
        expect(choose('categorical', 7, 2000, 2000)).toBe('chisquare');
        expect(choose('categorical', 7, 2002, 2002)).toBe('jensenshannon');
        expect(choose('binary', 2, 2000, 2000)).toBe('z');
        expect(choose('binary', 2, 2002, 2002)).toBe('jensenshannon');
    });
    it('judges size by both samples, not by the reference alone', () => {
        // A large reference against a small window keeps the test: 100 000 vs 50 → effective size ≈ 50.
        expect(choose('numeric', 5000, 100000, 50)).toBe('ks');
        expect(choose('numeric', 5000, 100000, 2000)).toBe('wasserstein');
    });
    it('treats low-cardinality numeric columns as binary or categorical', () => {
        expect(choose('numeric', 2, 100, 100)).toBe('z');
        expect(choose('numeric', 5, 100, 100)).toBe('chisquare');
        expect(choose('numeric', 6, 100, 100)).toBe('ks');
        expect(choose('binary', 3, 100, 100)).toBe('chisquare');
        expect(choose('categorical', 1, 100, 100)).toBe('z');
    });
    it('gives the default threshold of the method and a reason naming the inputs', () => {
        expect((0, chooseMethod_1.chooseMethod)({ type: 'numeric', uniqueCount: 500, referenceSize: 5000, currentSize: 800 })).toEqual({
            method: 'ks',
            threshold: 0.05,
            reason: 'numeric with 500 distinct values, effective size 690 <= 1000: Kolmogorov-Smirnov test',
        });
        const large = (0, chooseMethod_1.chooseMethod)({
            type: 'categorical',
            uniqueCount: 12,
            referenceSize: 356000,
            currentSize: 356000,
        });
        expect(large).toEqual({
            method: 'jensenshannon',
            threshold: 0.1,
            reason: `categorical with 12 distinct values, effective size 178000 > ${chooseMethod_1.EFFECTIVE_SIZE_LIMIT}: Jensen-Shannon distance`,
        });
    });
    it('throws on bad counts and types', () => {
        expect(() => (0, chooseMethod_1.chooseMethod)({ type: 'numeric', uniqueCount: -1, referenceSize: 1, currentSize: 1 })).toThrow('chooseMethod: expected uniqueCount to be an integer >= 0, got -1');
        expect(() => (0, chooseMethod_1.chooseMethod)({ type: 'numeric', uniqueCount: 3, referenceSize: 1.5, currentSize: 1 })).toThrow('chooseMethod: expected referenceSize to be an integer >= 0, got 1.5');
        expect(() => (0, chooseMethod_1.chooseMethod)({
            type: 'text',
            uniqueCount: 3,
            referenceSize: 1,
            currentSize: 1,
        })).toThrow(`chooseMethod: expected type 'numeric', 'categorical' or 'binary', got "text"`);
    });
    it('always picks a method that fits the column type, with its default threshold', () => {
        const input = fast_check_1.default.record({
            type: fast_check_1.default.constantFrom('numeric', 'categorical', 'binary'),
            uniqueCount: fast_check_1.default.integer({ min: 0, max: 100000 }),
            referenceSize: fast_check_1.default.integer({ min: 0, max: 1000000 }),
            currentSize: fast_check_1.default.integer({ min: 0, max: 1000000 }),
        });
        fast_check_1.default.assert(fast_check_1.default.property(input, (i) => {
            const choice = (0, chooseMethod_1.chooseMethod)(i);
            expect(choice.threshold).toBe((0, methods_1.defaultThreshold)(choice.method));
            if (i.type !== 'numeric')
                expect(['ks', 'wasserstein']).not.toContain(choice.method);
            if (choice.method === 'z')
                expect(i.uniqueCount).toBeLessThanOrEqual(2);
        }));
    });
});
describe('method facts', () => {
    it('classifies p-value methods and their thresholds', () => {
        const pValue = methods_1.DRIFT_METHODS.filter((m) => (0, methods_1.isPValueMethod)(m));
        expect(pValue).toEqual(['ks', 'chisquare', 'z']);
        expect(methods_1.DRIFT_METHODS.map((m) => (0, methods_1.defaultThreshold)(m))).toEqual([0.05, 0.1, 0.1, 0.1, 0.05, 0.1, 0.05]);
        expect(() => (0, methods_1.isPValueMethod)('anderson')).toThrow('isPValueMethod: expected one of ks, psi, wasserstein, jensenshannon, chisquare, hellinger, z, got "anderson"');
    });
    it('states the minimum sample sizes', () => {
        expect((0, methods_1.minimumSampleSize)('psi', 'numeric', 10)).toEqual({ reference: 10, current: 1 });
        expect((0, methods_1.minimumSampleSize)('psi', 'categorical', 10)).toEqual({ reference: 1, current: 1 });
        expect((0, methods_1.minimumSampleSize)('ks', 'numeric', 10)).toEqual({ reference: 1, current: 1 });
    });
});
//# sourceMappingURL=chooseMethod.test.js.map