import fc from 'fast-check';
import { ByteDictionary, NOT_FOUND } from './byteDictionary';

describe('ByteDictionary', () => {
  it('finds values by byte range, anywhere in a buffer, and misses unknown or longer/shorter keys', () => {
    const dict = new ByteDictionary();
    const buf = Buffer.from('xx,Paris,Lyon,Par');
    dict.set(buf, 3, 8, 7); // Paris
    expect(dict.get(Buffer.from('Paris'), 0, 5)).toBe(7);
    expect(dict.get(buf, 3, 8)).toBe(7);
    expect(dict.get(buf, 9, 13)).toBe(NOT_FOUND); // Lyon
    expect(dict.get(buf, 14, 17)).toBe(NOT_FOUND); // Par
    expect(dict.get(Buffer.from('Parisx'), 0, 6)).toBe(NOT_FOUND);
  });

  it('behaves like a Map of strings through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 300 }), (words) => {
        const dict = new ByteDictionary();
        const map = new Map<string, number>();
        for (const word of words) {
          const bytes = Buffer.from(word);
          const found = dict.get(bytes, 0, bytes.length);
          expect(found).toBe(map.get(word) ?? NOT_FOUND);
          if (found === NOT_FOUND) {
            dict.set(bytes, 0, bytes.length, map.size);
            map.set(word, map.size);
          }
        }
        expect(dict.size).toBe(map.size);
      }),
    );
  });
});
