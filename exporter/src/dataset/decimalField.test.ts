/**
 * The decimal reader of the CSV fast path against `Number()` and against the text path (`classifyText`):
 * for every field it accepts as a literal, the value is exactly `Number(text)` (Object.is: −0 and all);
 * every field it refuses is one the text path does not read as a plain literal either.
 */
import fc from 'fast-check';
import { classifyText } from './cellValue';
import { decimalBytes, FieldScan, literalValue, scanDecimalField } from './decimalField';

const bytes = (text: string) => Buffer.from(text, 'latin1');
const read = (text: string) => decimalBytes(bytes(text), 0, text.length);
/** What the fast path alone gives: the value, or NaN when the literal needs Number() (or is no literal). */
const fastOnly = (text: string) => {
  const out = new FieldScan();
  scanDecimalField(bytes(text), 0, text.length, out);
  return out.value;
};
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Random decimal literals: sign, digits (leading zeros included), point, exponent of any size. */
const literal = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^\d{0,24}$/),
    fc.option(fc.stringMatching(/^\d{0,24}$/)),
    fc.option(
      fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), fc.stringMatching(/^\d{1,5}$/)),
    ),
  )
  .map(
    ([sign, int, frac, exp]) =>
      `${sign}${int}${frac === null ? '' : '.' + frac}${exp === null ? '' : exp.join('')}`,
  )
  .filter((text) => DECIMAL.test(text));

describe('scanDecimalField', () => {
  it('reads hostile literals exactly as Number() does, fast path or not', () => {
    for (const text of [
      '0',
      '-0',
      '+0',
      '-0.0',
      '-0e5',
      '1e5',
      '1E+22',
      '1e23',
      '1e-22',
      '1e-23',
      '.5',
      '5.',
      '1.e5',
      '-.5e-3',
      '0.1',
      '9007199254740991',
      '9007199254740992',
      '9007199254740993',
      '0.8444218515250481',
      '0.12345678901234567',
      '12345678901234567890123',
      '000000000000000000001.5',
      '1.7976931348623157e308',
      '1.7976931348623159e308',
      '1e999',
      '-1e400',
      '4.9e-324',
      '2e-324',
      '1e-400',
      '0e-99999',
      '1e0000000000022',
      '123456789012345.6e-10',
    ]) {
      expect(Object.is(read(text), Number(text))).toBe(true);
    }
  });

  it('uses its fast path only where Clinger holds (mantissa below 2^53, |exponent| ≤ 22)', () => {
    expect(fastOnly('9007199254740991')).toBe(9007199254740991);
    expect(fastOnly('0.8444218515250481')).toBe(0.8444218515250481);
    expect(fastOnly('1e22')).toBe(1e22);
    for (const text of ['9007199254740992', '0.12345678901234567', '1e23', '1e-23', '12.5e-22'])
      expect(fastOnly(text)).toBeNaN();
  });

  it('refuses what is not a plain decimal literal, as the text path does', () => {
    for (const text of [
      '',
      ' 3',
      '3 ',
      '0x10',
      '0o7',
      '0b1',
      '1_000',
      'NaN',
      'Infinity',
      '-inf',
      '"1"',
      '-',
      '+',
      '.',
      'e5',
      '1e',
      '1e+',
      '.e5',
      '1.2.3',
      '--1',
      '1e5e5',
      '5%',
      '\u00a01',
    ]) {
      expect(read(text)).toBeNaN();
      // The text path reads none of them as a literal: text, missing, or a number only around blanks.
      const cell = classifyText(text);
      if (cell.kind === 'number') expect(text.trim()).not.toBe(text);
    }
  });

  it('stops at the comma, CR or LF that ends the field, literal or not', () => {
    const out = new FieldScan();
    const input = bytes('12.5,abc\r-3e2\n7');
    expect(scanDecimalField(input, 0, input.length, out)).toBe(4);
    expect(out).toMatchObject({ literal: true, value: 12.5 });
    expect(scanDecimalField(input, 5, input.length, out)).toBe(8);
    expect(out.literal).toBe(false);
    expect(scanDecimalField(input, 9, input.length, out)).toBe(13);
    expect(out).toMatchObject({ literal: true, value: -300 });
    expect(scanDecimalField(input, 14, input.length, out)).toBe(15);
    expect(out).toMatchObject({ literal: true, value: 7 });
    expect(literalValue(bytes('x1e400'), 1, 6)).toBe(Infinity);
  });

  it('equals Number() on every literal it accepts (random literals of any length and exponent)', () => {
    fc.assert(
      fc.property(literal, (text) => {
        expect(Object.is(read(text), Number(text))).toBe(true);
        const fast = fastOnly(text);
        if (!Number.isNaN(fast)) expect(Object.is(fast, Number(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('equals Number() on every double written by String() and by toPrecision(17)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        for (const text of [String(x), x.toPrecision(17), x.toExponential(), x.toFixed(8)])
          if (DECIMAL.test(text)) expect(Object.is(read(text), Number(text))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the text path on any short string of number-like characters', () => {
    const chars = fc.constantFrom(...'0123456789+-.eE xX_nN'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const value = read(text);
        if (Number.isNaN(value)) {
          expect(DECIMAL.test(text)).toBe(false);
        } else {
          expect(Object.is(value, Number(text))).toBe(true);
          const cell = classifyText(text);
          expect(cell.kind === 'number' ? Object.is(cell.value, value) : !Number.isFinite(value)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
