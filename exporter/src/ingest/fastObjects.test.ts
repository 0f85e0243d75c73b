import { FAST_KEYED_PROPERTIES, rowTemplate, withFastProperties } from './fastObjects';

describe('withFastProperties', () => {
  it('returns a map with few keys as it is, and copies a larger one with the same keys, order and values', () => {
    const small = { b: 1, a: 2 };
    expect(withFastProperties(small, 2)).toBe(small);
    const big: Record<string, unknown> = {};
    for (let k = FAST_KEYED_PROPERTIES; k >= 0; k--) big[`f${k}`] = k;
    Object.defineProperty(big, '__proto__', {
      value: 'own',
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const copy = withFastProperties(big, FAST_KEYED_PROPERTIES + 2);
    expect(copy).not.toBe(big);
    expect(Object.entries(copy)).toEqual(Object.entries(big));
    expect([Object.getPrototypeOf(copy), Object.getOwnPropertyDescriptor(copy, '__proto__')?.value]).toEqual([
      Object.prototype,
      'own',
    ]);
  });
});

describe('rowTemplate', () => {
  it('has the names as keys in order, each undefined, and its copies are independent rows', () => {
    const template = rowTemplate(['sepal_length', 'sepal_width', '__proto__']);
    expect(Object.keys(template)).toEqual(['sepal_length', 'sepal_width', '__proto__']);
    const row = { ...template };
    row.sepal_width = 3;
    expect([row.sepal_width, template.sepal_width, Object.getPrototypeOf(row)]).toEqual([
      3,
      undefined,
      Object.prototype,
    ]);
  });
});
