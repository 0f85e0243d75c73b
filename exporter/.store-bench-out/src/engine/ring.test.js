"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const ring_1 = require("./ring");
describe('Ring', () => {
    it('keeps the newest items, oldest first, once full', () => {
        const ring = new ring_1.Ring(3);
        for (let i = 1; i <= 5; i++)
            ring.push(i);
        expect(ring.toArray()).toEqual([3, 4, 5]);
        expect(ring.latest()).toBe(5);
        expect(ring.size).toBe(3);
    });
    it('returns items in insertion order before it is full', () => {
        const ring = new ring_1.Ring(4);
        ring.push('a');
        ring.push('b');
        expect(ring.toArray()).toEqual(['a', 'b']);
        expect(ring.latest()).toBe('b');
    });
    it('is empty at first', () => {
        expect(new ring_1.Ring(2).latest()).toBeUndefined();
    });
    it('refuses a capacity that is not a positive integer', () => {
        expect(() => new ring_1.Ring(0)).toThrow('Ring: capacity 0 must be a positive integer');
    });
});
//# sourceMappingURL=ring.test.js.map