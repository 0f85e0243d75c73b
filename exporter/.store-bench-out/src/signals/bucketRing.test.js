"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const bucketRing_1 = require("./bucketRing");
class Counter {
    index = -1;
    n = 0;
    reset(index) {
        this.index = index;
        this.n = 0;
    }
}
const total = (ring, now) => ring.live(now).reduce((s, b) => s + b.n, 0);
describe('BucketRing, duration windows', () => {
    test('keeps the last B buckets of D/B seconds and forgets older ones', () => {
        const ring = new bucketRing_1.BucketRing({ duration: 60 }, 6, () => new Counter());
        expect(ring.step).toBe(10);
        for (let t = 0; t < 120; t++)
            ring.bucketAt(ring.indexFor(t)).n++;
        // At t = 119 the live buckets are indices 6..11, i.e. t in [60, 120): 60 events.
        expect(total(ring, 119)).toBe(60);
        // At t = 154 the live indices are 10..15: only t in [100, 120) is left.
        expect(total(ring, 154)).toBe(20);
        expect(total(ring, 1000)).toBe(0);
    });
    test('an item older than its slot is refused (outside the window)', () => {
        const ring = new bucketRing_1.BucketRing({ duration: 60 }, 6, () => new Counter());
        ring.bucketAt(ring.indexFor(100)).n++;
        expect(ring.bucketAt(ring.indexFor(40))).toBeNull();
    });
});
describe('BucketRing, count windows', () => {
    test('holds the newest N events to within one chunk (k = ⌈N/B⌉)', () => {
        const ring = new bucketRing_1.BucketRing({ count: 100 }, 10, () => new Counter());
        for (let i = 0; i < 1005; i++) {
            ring.bucketAt(ring.indexFor(0)).n++;
            ring.sequence++;
        }
        const n = total(ring, 0);
        // k = 10, S = 10 chunks: 1005 arrivals leave chunks 91..100, the newest one holding 5 events.
        expect(n).toBe(95);
    });
    test('is exact when N ≤ B', () => {
        const ring = new bucketRing_1.BucketRing({ count: 5 }, 60, () => new Counter());
        for (let i = 0; i < 17; i++) {
            ring.bucketAt(ring.indexFor(0)).n++;
            ring.sequence++;
        }
        expect(total(ring, 0)).toBe(5);
    });
    test('refuses an empty window spec', () => {
        expect(() => new bucketRing_1.BucketRing({ count: 0 }, 10, () => new Counter())).toThrow('count 0, expected ≥ 1');
        expect(() => new bucketRing_1.BucketRing({ duration: -5 }, 10, () => new Counter())).toThrow('duration -5, expected > 0');
    });
});
//# sourceMappingURL=bucketRing.test.js.map