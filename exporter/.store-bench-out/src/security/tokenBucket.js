"use strict";
/**
 * Token buckets per client key: each client may send `burst` requests at once and `ratePerSecond`
 * sustained. Pure: time comes in as an argument (Unix seconds). Memory is bounded: past `maxClients`
 * keys the least recently seen client is forgotten (it comes back with a full bucket, which is what an
 * idle client would have anyway).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.TokenBucketLimiter = void 0;
class TokenBucketLimiter {
    options;
    buckets = new Map();
    maxClients;
    /** Throws when the rate is not > 0, the burst not ≥ 1 or maxClients not ≥ 1. */
    constructor(options) {
        this.options = options;
        const { ratePerSecond, burst, maxClients = 10_000 } = options;
        if (!(ratePerSecond > 0) || !Number.isFinite(ratePerSecond))
            throw new Error(`TokenBucketLimiter: ratePerSecond is ${ratePerSecond}, expected a finite number > 0`);
        if (!(burst >= 1))
            throw new Error(`TokenBucketLimiter: burst is ${burst}, expected ≥ 1`);
        if (!(maxClients >= 1))
            throw new Error(`TokenBucketLimiter: maxClients is ${maxClients}, expected ≥ 1`);
        this.maxClients = maxClients;
    }
    /**
     * Takes one token from `key`'s bucket at time `now`, or says how many whole seconds until one is there
     * (at least 1, for a `Retry-After` header). O(1) amortised.
     * @example new TokenBucketLimiter({ ratePerSecond: 1, burst: 1 }).take('a', 0) // { ok: true }
     */
    take(key, now) {
        const { ratePerSecond, burst } = this.options;
        const old = this.buckets.get(key);
        const bucket = old === undefined
            ? { tokens: burst, at: now }
            : {
                tokens: Math.min(burst, old.tokens + Math.max(0, now - old.at) * ratePerSecond),
                at: Math.max(now, old.at),
            };
        // Re-insert so the map's order is least recently seen first.
        this.buckets.delete(key);
        if (this.buckets.size >= this.maxClients)
            this.buckets.delete(this.buckets.keys().next().value);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            this.buckets.set(key, bucket);
            return { ok: true };
        }
        this.buckets.set(key, bucket);
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerSecond)) };
    }
    /** Clients currently remembered. */
    get clients() {
        return this.buckets.size;
    }
}
exports.TokenBucketLimiter = TokenBucketLimiter;
//# sourceMappingURL=tokenBucket.js.map