"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const unknown_1 = require("./unknown");
const a = { id: 'a', score: 0.875, status: 'ok', weight: 1 };
const u = { id: 'u', score: null, status: 'unknown', weight: 2 };
const t = { id: 't', score: 0.4, status: 'unknown', weight: 1 };
describe('applyUnknownPolicy', () => {
    it('propagate: rates the known children and forces the parent unknown', () => {
        const out = (0, unknown_1.applyUnknownPolicy)([u, a, t], 'propagate');
        expect(out.rated.map((c) => c.id)).toEqual(['a']);
        expect(out.unknown).toEqual(['t', 'u']);
        expect(out.forcesUnknown).toBe(true);
    });
    it('propagate never reads the advisory score of an unknown child', () => {
        expect((0, unknown_1.applyUnknownPolicy)([t], 'propagate').rated).toEqual([]);
    });
    it('ignore: rates the known children without forcing anything', () => {
        const out = (0, unknown_1.applyUnknownPolicy)([a, u], 'ignore');
        expect(out.rated.map((c) => c.id)).toEqual(['a']);
        expect(out.forcesUnknown).toBe(false);
    });
    it('as_critical: an unknown child is score 0, critical, with its weight', () => {
        const out = (0, unknown_1.applyUnknownPolicy)([a, u], 'as_critical');
        expect(out.rated).toEqual([
            { id: 'a', score: 0.875, status: 'ok', weight: 1 },
            { id: 'u', score: 0, status: 'critical', weight: 2 },
        ]);
        expect(out.forcesUnknown).toBe(false);
    });
    it('does not force unknown without an unknown child', () => {
        expect((0, unknown_1.applyUnknownPolicy)([a], 'propagate').forcesUnknown).toBe(false);
    });
    it('throws when a known child has no score', () => {
        expect(() => (0, unknown_1.applyUnknownPolicy)([{ ...a, score: null }], 'ignore')).toThrow('applyUnknownPolicy: child a is ok but has no score');
    });
});
//# sourceMappingURL=unknown.test.js.map