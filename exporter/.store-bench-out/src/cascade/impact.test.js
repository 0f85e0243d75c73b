"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const impact_1 = require("./impact");
const linear = { kind: 'linear', max_loss: 0.2 };
const step = {
    kind: 'step',
    steps: [
        { below: 0.5, loss: 0.2 },
        { below: 0.75, loss: 0.05 },
    ],
};
const piecewise = {
    kind: 'piecewise',
    points: [
        [0, 0.5],
        [0.5, 0.1],
        [1, 0],
    ],
};
const revenue = {
    measure: 'revenue_at_risk',
    unit: 'USD/hour',
    exposure: { constant: 10000 },
    loss: linear,
};
describe('lossFraction', () => {
    it('linear: max_loss × (1 − score)', () => {
        expect((0, impact_1.lossFraction)(linear, 0.3)).toBeCloseTo(0.14, 12);
        expect((0, impact_1.lossFraction)(linear, 1)).toBe(0);
        expect((0, impact_1.lossFraction)(linear, 0)).toBe(0.2);
    });
    it('step: the first step the score is under (strictly), else 0', () => {
        expect((0, impact_1.lossFraction)(step, 0.3)).toBe(0.2);
        expect((0, impact_1.lossFraction)(step, 0.5)).toBe(0.05);
        expect((0, impact_1.lossFraction)(step, 0.65)).toBe(0.05);
        expect((0, impact_1.lossFraction)(step, 0.75)).toBe(0);
    });
    it('piecewise: interpolates between points, flat beyond the ends', () => {
        expect((0, impact_1.lossFraction)(piecewise, 0.3)).toBeCloseTo(0.26, 12);
        expect((0, impact_1.lossFraction)(piecewise, 0.75)).toBeCloseTo(0.05, 12);
        const inner = {
            kind: 'piecewise',
            points: [
                [0.2, 0.4],
                [0.8, 0.1],
            ],
        };
        expect((0, impact_1.lossFraction)(inner, 0.1)).toBe(0.4);
        expect((0, impact_1.lossFraction)(inner, 0.9)).toBe(0.1);
    });
    it('never decreases as the score falls, for every kind (property)', () => {
        const score = fast_check_1.default.double({ min: 0, max: 1, noNaN: true });
        fast_check_1.default.assert(fast_check_1.default.property(score, score, fast_check_1.default.constantFrom(linear, step, piecewise), (s1, s2, loss) => {
            expect((0, impact_1.lossFraction)(loss, Math.min(s1, s2))).toBeGreaterThanOrEqual((0, impact_1.lossFraction)(loss, Math.max(s1, s2)));
        }));
    });
    it('throws on a score outside [0, 1] or an invalid loss', () => {
        expect(() => (0, impact_1.lossFraction)(linear, 1.5)).toThrow('lossFraction: score 1.5 is not in [0, 1]');
        expect(() => (0, impact_1.lossFraction)({ kind: 'linear', max_loss: 2 }, 0.5)).toThrow('linear max_loss 2 must be in [0, 1]');
    });
});
describe('lossProblem', () => {
    it('names the step or point that breaks monotonicity or order', () => {
        expect((0, impact_1.lossProblem)({
            kind: 'step',
            steps: [
                { below: 0.5, loss: 0.1 },
                { below: 0.75, loss: 0.3 },
            ],
        })).toBe('step 1: loss must not increase from step to step');
        expect((0, impact_1.lossProblem)({
            kind: 'step',
            steps: [
                { below: 0.5, loss: 0.1 },
                { below: 0.5, loss: 0.1 },
            ],
        })).toBe('step 1: below must increase from step to step');
        expect((0, impact_1.lossProblem)({
            kind: 'piecewise',
            points: [
                [0, 0.1],
                [1, 0.2],
            ],
        })).toBe('point 1: loss must not increase with the score');
        expect((0, impact_1.lossProblem)({ kind: 'piecewise', points: [] })).toBe('piecewise loss needs at least one point');
        expect((0, impact_1.lossProblem)(piecewise)).toBeNull();
    });
});
describe('exposureOf', () => {
    const read = { ...revenue, exposure: { source: 'prom', query: 'sum(rate(revenue[1h]))' } };
    it('reads a constant, or the caller-provided reading of a source', () => {
        expect((0, impact_1.exposureOf)(revenue, 'r', new Map())).toEqual({ value: 10000 });
        expect((0, impact_1.exposureOf)(read, 'r', new Map([['r', 5000]]))).toEqual({ value: 5000 });
    });
    it('says why a reading is missing or unusable', () => {
        expect((0, impact_1.exposureOf)(read, 'r', new Map())).toEqual({ reason: 'no exposure reading for r' });
        expect((0, impact_1.exposureOf)(read, 'r', new Map([['r', null]]))).toEqual({
            reason: 'exposure from source prom unavailable',
        });
        expect((0, impact_1.exposureOf)(read, 'r', new Map([['r', -3]]))).toEqual({
            reason: 'exposure -3 is not a non-negative number',
        });
    });
});
describe('impactFields', () => {
    it('is exposure × loss(score)', () => {
        const { impact } = (0, impact_1.impactFields)(revenue, 'r', 0.3, 'critical', new Map());
        expect(impact?.value).toBeCloseTo(1400, 9);
        expect(impact).toMatchObject({ measure: 'revenue_at_risk', unit: 'USD/hour', exposure: 10000 });
    });
    it('prices nothing, with the reason, when the node is unknown: never zero money', () => {
        const out = (0, impact_1.impactFields)(revenue, 'r', 0.7, 'unknown', new Map());
        expect(out.impact).toBeNull();
        expect(out.impactUnknown).toEqual({
            measure: 'revenue_at_risk',
            unit: 'USD/hour',
            exposure: 10000,
            reason: 'status of r is unknown',
        });
    });
    it('prices nothing when the exposure is unknown', () => {
        const read = { ...revenue, exposure: { source: 'prom', query: 'q' } };
        const out = (0, impact_1.impactFields)(read, 'r', 0.3, 'critical', new Map([['r', null]]));
        expect(out.impact).toBeNull();
        expect(out.impactUnknown?.exposure).toBeNull();
        expect(out.impactUnknown?.reason).toBe('exposure from source prom unavailable');
    });
});
//# sourceMappingURL=impact.test.js.map