"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const exactSum_1 = require("./exactSum");
describe('exactSum', () => {
    // Reference values: Python 3 `math.fsum` (CPython's correctly rounded sum), e.g.
    // python3 -c "import math; print(repr(math.fsum([1, 2**-53, 2**-105])))"
    it.each([
        [[0.1, 0.2, 0.3], 0.6],
        [[1e16, 1, -1e16], 1],
        [[1e100, 1, -1e100, 1e-100], 1],
        [[1, 1e-16, 1e-16], 1.0000000000000002],
        [Array(10).fill(0.1), 1],
        [[1, 2 ** -53, 2 ** -105], 1.0000000000000002],
        [[], 0],
    ])('matches math.fsum for %j', (values, expected) => {
        expect((0, exactSum_1.exactSum)(values)).toBe(expected);
    });
    it('does not depend on the order of its terms', () => {
        const term = fast_check_1.default.double({ min: -1e6, max: 1e6, noNaN: true });
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(term, { maxLength: 30 }), fast_check_1.default.infiniteStream(fast_check_1.default.nat()), (values, seeds) => {
            const shuffled = [...values];
            const it = seeds[Symbol.iterator]();
            for (let i = shuffled.length - 1; i > 0; i--) {
                const j = it.next().value % (i + 1);
                [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
            }
            expect((0, exactSum_1.exactSum)(shuffled)).toBe((0, exactSum_1.exactSum)(values));
        }));
    });
    it('never decreases when one term increases', () => {
        const term = fast_check_1.default.double({ min: 0, max: 1, noNaN: true });
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(term, { minLength: 1, maxLength: 20 }), fast_check_1.default.nat(), term, (values, at, raise) => {
            const i = at % values.length;
            const raised = values.map((v, j) => (j === i ? Math.max(v, raise) : v));
            expect((0, exactSum_1.exactSum)(raised)).toBeGreaterThanOrEqual((0, exactSum_1.exactSum)(values));
        }));
    });
    it('names the offending term when it is not finite', () => {
        expect(() => (0, exactSum_1.exactSum)([1, Number.NaN])).toThrow('exactSum: term NaN is not a finite number');
        expect(() => (0, exactSum_1.exactSum)([Infinity])).toThrow('exactSum: term Infinity is not a finite number');
    });
});
//# sourceMappingURL=exactSum.test.js.map