"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/** The token bucket: burst, refill, Retry-After, per-key independence, bounded memory. */
const fast_check_1 = __importDefault(require("fast-check"));
const tokenBucket_1 = require("./tokenBucket");
describe('TokenBucketLimiter', () => {
    test('a burst, then one request per 1/rate seconds, with Retry-After rounded up', () => {
        const limiter = new tokenBucket_1.TokenBucketLimiter({ ratePerSecond: 0.5, burst: 3 });
        expect([0, 0, 0].map((t) => limiter.take('a', t).ok)).toEqual([true, true, true]);
        expect(limiter.take('a', 0)).toEqual({ ok: false, retryAfterSeconds: 2 });
        expect(limiter.take('a', 1)).toEqual({ ok: false, retryAfterSeconds: 1 });
        expect(limiter.take('a', 2)).toEqual({ ok: true });
        expect(limiter.take('a', 2)).toEqual({ ok: false, retryAfterSeconds: 2 });
    });
    test('clients do not share buckets', () => {
        const limiter = new tokenBucket_1.TokenBucketLimiter({ ratePerSecond: 1, burst: 1 });
        expect(limiter.take('a', 0).ok).toBe(true);
        expect(limiter.take('a', 0).ok).toBe(false);
        expect(limiter.take('b', 0).ok).toBe(true);
    });
    test('a clock going backwards does not mint tokens', () => {
        const limiter = new tokenBucket_1.TokenBucketLimiter({ ratePerSecond: 1, burst: 1 });
        expect(limiter.take('a', 100).ok).toBe(true);
        expect(limiter.take('a', 50).ok).toBe(false);
        expect(limiter.take('a', 100.5).ok).toBe(false);
        expect(limiter.take('a', 101).ok).toBe(true);
    });
    test('memory stays bounded: the least recently seen client is forgotten', () => {
        const limiter = new tokenBucket_1.TokenBucketLimiter({ ratePerSecond: 1, burst: 1, maxClients: 3 });
        for (const key of ['a', 'b', 'c', 'd', 'e'])
            limiter.take(key, 0);
        expect(limiter.clients).toBe(3);
    });
    test('over any sequence of times, admitted requests never exceed burst + rate × elapsed', () => {
        fast_check_1.default.assert(fast_check_1.default.property(fast_check_1.default.array(fast_check_1.default.double({ min: 0, max: 5, noNaN: true }), { maxLength: 200 }), fast_check_1.default.integer({ min: 1, max: 5 }), (gaps, burst) => {
            const limiter = new tokenBucket_1.TokenBucketLimiter({ ratePerSecond: 2, burst });
            let now = 0;
            let admitted = 0;
            for (const gap of gaps) {
                now += gap;
                if (limiter.take('k', now).ok)
                    admitted++;
            }
            return admitted <= burst + 2 * now + 1e-9;
        }));
    });
    test('bad options throw naming the value', () => {
        expect(() => new tokenBucket_1.TokenBucketLimiter({ ratePerSecond: 0, burst: 1 })).toThrow('TokenBucketLimiter: ratePerSecond is 0, expected a finite number > 0');
        expect(() => new tokenBucket_1.TokenBucketLimiter({ ratePerSecond: 1, burst: 0.5 })).toThrow('TokenBucketLimiter: burst is 0.5, expected ≥ 1');
    });
});
//# sourceMappingURL=tokenBucket.test.js.map