import fc from 'fast-check';
import { PendingPredictions } from './pendingPredictions';

describe('PendingPredictions', () => {
  test('remembers by id, gives each prediction once, forgets the oldest when full', () => {
    const p = new PendingPredictions(3);
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
    const p = new PendingPredictions(3);
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
    const p = new PendingPredictions(2);
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
    const capacityAndOps = fc
      .oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 30, max: 120 }))
      .chain((capacity) =>
        fc.tuple(
          fc.constant(capacity),
          fc.array(fc.tuple(fc.constantFrom('remember', 'remember', 'take'), fc.nat(3 * capacity)), {
            minLength: 4 * capacity,
            maxLength: 20 * capacity,
          }),
        ),
      );
    fc.assert(
      fc.property(capacityAndOps, ([capacity, ops]) => {
        const p = new PendingPredictions(capacity);
        const model = new Map<string, number>();
        ops.forEach(([op, k], step) => {
          const id = `e${k}`;
          if (op === 'take') {
            expect(p.take(id)?.at).toBe(model.get(id));
            model.delete(id);
            return;
          }
          model.delete(id);
          model.set(id, step);
          if (model.size > capacity) model.delete(model.keys().next().value as string);
          p.remember(id, 'x', step);
          expect(p.size).toBe(model.size);
        });
        expect(p.entries().map(([id, , at]) => [id, at])).toEqual([...model]);
      }),
      { numRuns: 100 },
    );
  });

  test('refuses a capacity below 1', () => {
    expect(() => new PendingPredictions(0)).toThrow('PendingPredictions: capacity 0, expected ≥ 1');
  });
});
