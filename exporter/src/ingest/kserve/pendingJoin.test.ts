/** The bounded waiting room: halves join in either order, expire past the TTL, and never exceed the bounds. */
import fc from 'fast-check';
import { PendingJoin } from './pendingJoin';

const T = 1_700_000_000;
const small = () => new PendingJoin<string>({ ttlSeconds: 60, maxEntries: 3, maxBytes: 1000 });

describe('PendingJoin', () => {
  it('joins the two halves of a key in either order, then takes a third as a duplicate', () => {
    const p = small();
    expect(p.offer('a', 'request', 'req-a', 10, T)).toEqual({ kind: 'pending' });
    expect(p.offer('b', 'response', 'res-b', 10, T)).toEqual({ kind: 'pending' });
    expect(p.offer('a', 'response', 'res-a', 10, T + 1)).toEqual({ kind: 'matched', partner: 'req-a' });
    expect(p.offer('b', 'request', 'req-b', 10, T + 1)).toEqual({ kind: 'matched', partner: 'res-b' });
    expect(p.size).toBe(0);
    expect(p.bytes).toBe(0);
    expect(p.offer('a', 'response', 'res-a', 10, T + 2)).toEqual({ kind: 'settled', settled: 'joined' });
  });

  it('takes the same half twice as a duplicate while it waits', () => {
    const p = small();
    p.offer('a', 'request', 'req-a', 10, T);
    expect(p.offer('a', 'request', 'req-a', 10, T + 1)).toEqual({ kind: 'duplicate' });
    expect(p.size).toBe(1);
  });

  it('expires a lone half past the TTL, counted by side; its late partner is recognised', () => {
    const p = small();
    p.offer('a', 'request', 'req-a', 10, T);
    p.offer('b', 'response', 'res-b', 10, T + 30);
    p.sweep(T + 59.9);
    expect(p.size).toBe(2);
    p.sweep(T + 60);
    expect(p.size).toBe(1);
    expect(p.counts()).toEqual({ expired: { request: 1, response: 0 }, evicted: 0 });
    expect(p.offer('a', 'response', 'res-a', 10, T + 61)).toEqual({ kind: 'settled', settled: 'expired' });
    p.sweep(T + 90);
    expect(p.counts().expired).toEqual({ request: 1, response: 1 });
    // A settled key is forgotten one TTL after it was settled: the same key then waits afresh.
    expect(p.offer('a', 'response', 'res-a', 10, T + 121)).toEqual({ kind: 'pending' });
  });

  it('evicts the oldest half past maxEntries and past maxBytes', () => {
    const p = small();
    for (const k of ['a', 'b', 'c', 'd']) p.offer(k, 'request', k, 10, T);
    expect(p.size).toBe(3);
    expect(p.counts().evicted).toBe(1);
    expect(p.offer('a', 'response', 'a', 10, T)).toEqual({ kind: 'settled', settled: 'expired' });
    p.offer('big', 'request', 'big', 990, T);
    expect(p.bytes).toBeLessThanOrEqual(1000);
    expect(p.counts().evicted).toBe(3); // b and c made room for it
    p.offer('huge', 'request', 'huge', 5000, T);
    expect(p.size).toBe(0);
    expect(p.counts().evicted).toBe(6);
  });

  it('discard drops a waiting half and refuses its partner later', () => {
    const p = small();
    p.offer('a', 'request', 'req-a', 10, T);
    expect(p.discard('a', T)).toBe(true);
    expect(p.discard('z', T)).toBe(false);
    expect(p.size).toBe(0);
    expect(p.offer('a', 'response', 'res-a', 10, T)).toEqual({ kind: 'settled', settled: 'rejected' });
    expect(p.offer('z', 'request', 'req-z', 10, T)).toEqual({ kind: 'settled', settled: 'rejected' });
  });

  it('refuses bounds that are not positive', () => {
    expect(() => new PendingJoin({ ttlSeconds: 0, maxEntries: 1, maxBytes: 1 })).toThrow(
      'PendingJoin: ttlSeconds 0, maxEntries 1, maxBytes 1: expected all > 0',
    );
  });

  it('never holds more than its bounds, and accounts for every half offered', () => {
    const offer = fc.record({
      key: fc.integer({ min: 0, max: 30 }),
      side: fc.constantFrom<'request' | 'response'>('request', 'response'),
      bytes: fc.integer({ min: 0, max: 400 }),
      dt: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(offer, { maxLength: 200 }), (offers) => {
        const p = new PendingJoin<number>({ ttlSeconds: 60, maxEntries: 5, maxBytes: 1000 });
        let now = T;
        let matched = 0;
        let other = 0;
        for (const o of offers) {
          now += o.dt;
          const r = p.offer(String(o.key), o.side, o.key, o.bytes, now);
          if (r.kind === 'matched') matched += 2;
          else if (r.kind !== 'pending') other++;
          expect(p.size).toBeLessThanOrEqual(5);
          expect(p.bytes).toBeLessThanOrEqual(1000);
        }
        const { expired, evicted } = p.counts();
        expect(matched + other + expired.request + expired.response + evicted + p.size).toBe(offers.length);
      }),
    );
  });
});
