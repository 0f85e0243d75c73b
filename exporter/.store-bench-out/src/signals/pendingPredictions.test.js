"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const fast_check_1 = __importDefault(require("fast-check"));
const pendingPredictions_1 = require("./pendingPredictions");
describe('PendingPredictions', () => {
    test('remembers by id, gives each prediction once, forgets the oldest when full', () => {
        const p = new pendingPredictions_1.PendingPredictions(3);
        p.remember('a', 'ok', 1);
        p.remember('b', 'fraud', 2);
        p.remember('c', 3.5, 3);
        p.remember('d', 'ok', 4); // evicts a
        expect(p.take('a')).toBeUndefined();
        expect(p.take('b')).toEqual({ prediction: 'fraud', at: 2 });
        expect(p.take('b')).toBeUndefined();
        expect(p.entries()).toEqual([
            ['c', 3.5, 3],
            ['d', 'ok', 4],
        ]);
        expect(p.size).toBe(2);
    });
    test('a repeated id replaces the earlier prediction and becomes the newest', () => {
        const p = new pendingPredictions_1.PendingPredictions(3);
        p.remember('a', 'ok', 1);
        p.remember('b', 'ok', 2);
        p.remember('a', 'fraud', 3);
        expect(p.entries()).toEqual([
            ['b', 'ok', 2],
            ['a', 'fraud', 3],
        ]);
        p.remember('c', 'ok', 4);
        p.remember('d', 'ok', 5); // evicts b, the oldest remembered
        expect(p.take('b')).toBeUndefined();
        expect(p.take('a')).toEqual({ prediction: 'fraud', at: 3 });
    });
    test('a joined prediction frees its place: the others are kept', () => {
        const p = new pendingPredictions_1.PendingPredictions(2);
        p.remember('e0', 'x', 1);
        p.remember('e1', 'x', 2);
        p.take('e1');
        p.remember('e2', 'x', 3);
        expect(p.entries()).toEqual([
            ['e0', 'x', 1],
            ['e2', 'x', 3],
        ]);
    });
    test('behaves exactly as an insertion-ordered map with delete-then-set, through rebuilds and growth', () => {
        const capacityAndOps = fast_check_1.default
            .oneof(fast_check_1.default.integer({ min: 1, max: 6 }), fast_check_1.default.integer({ min: 30, max: 120 }))
            .chain((capacity) => fast_check_1.default.tuple(fast_check_1.default.constant(capacity), fast_check_1.default.array(fast_check_1.default.tuple(fast_check_1.default.constantFrom('remember', 'remember', 'take'), fast_check_1.default.nat(3 * capacity)), {
            minLength: 4 * capacity,
            maxLength: 20 * capacity,
        })));
        fast_check_1.default.assert(fast_check_1.default.property(capacityAndOps, ([capacity, ops]) => {
            const p = new pendingPredictions_1.PendingPredictions(capacity);
            const model = new Map();
            ops.forEach(([op, k], step) => {
                const id = `e${k}`;
                if (op === 'take') {
                    expect(p.take(id)?.at).toBe(model.get(id));
                    model.delete(id);
                    return;
                }
                model.delete(id);
                model.set(id, step);
                if (model.size > capacity)
                    model.delete(model.keys().next().value);
                p.remember(id, 'x', step);
                expect(p.size).toBe(model.size);
            });
            expect(p.entries().map(([id, , at]) => [id, at])).toEqual([...model]);
        }), { numRuns: 100 });
    });
    test('refuses a capacity below 1', () => {
        expect(() => new pendingPredictions_1.PendingPredictions(0)).toThrow('PendingPredictions: capacity 0, expected ≥ 1');
    });
});
//# sourceMappingURL=pendingPredictions.test.js.map