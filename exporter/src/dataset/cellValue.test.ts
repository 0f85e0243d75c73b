import fc from 'fast-check';
import { classifyText, isMissingText, NOT_FAST, parseDecimalBytes, parseDecimalText } from './cellValue';

const fast = (text: string) => parseDecimalBytes(Buffer.from(text, 'latin1'), 0, text.length);

describe('parseDecimalBytes', () => {
  it('reads plain decimals exactly as Number() does', () => {
    for (const text of [
      '0',
      '-0',
      '42',
      '-12.5e1',
      '.5',
      '1.',
      '+3.25',
      '1e-7',
      '1E+22',
      '123456789012345',
      '0.1',
      '9.99e-5',
    ]) {
      expect(Object.is(fast(text), Number(text))).toBe(true);
    }
  });

  it('leaves everything outside the fast path to the slow path', () => {
    for (const text of [
      '',
      '-',
      '.',
      'e5',
      '1e',
      '1e23',
      '1e-23',
      '1234567890123456',
      ' 1',
      '1 ',
      '0x1A',
      'NaN',
      '1,5',
      '1.2.3',
    ]) {
      expect(fast(text)).toBe(NOT_FAST);
    }
  });

  it('is correctly rounded: equals Number() on random short decimals', () => {
    const decimal = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^\d{1,9}$/),
        fc.stringMatching(/^\d{0,6}$/),
        fc.integer({ min: -22, max: 22 }),
        fc.boolean(),
      )
      .map(
        ([neg, int, frac, exp, withExp]) =>
          `${neg ? '-' : ''}${int}${frac ? '.' + frac : ''}${withExp ? 'e' + exp : ''}`,
      );
    fc.assert(
      fc.property(decimal, (text) => {
        const value = fast(text);
        if (!Number.isNaN(value)) expect(Object.is(value, Number(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every double written by String()', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = String(x);
        const value = fast(text);
        // String(-0) is '0', so compare with === (which equates 0 and -0).
        expect((Number.isNaN(value) ? parseDecimalText(text) : value) === x).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('classifyText', () => {
  it('treats blanks, NaN and ±Inf spellings and overflowing literals as missing', () => {
    for (const text of [
      '',
      '   ',
      'NaN',
      'nan',
      '-nan',
      'inf',
      '-Inf',
      '+INF',
      'Infinity',
      '-infinity',
      '1e999',
      '-1e400',
    ]) {
      expect(classifyText(text).kind).toBe('missing');
      expect(isMissingText(text) || text.includes('e')).toBe(true);
    }
  });

  it('reads decimal literals with surrounding blanks as numbers', () => {
    expect(classifyText(' 2.5 ')).toEqual({ kind: 'number', value: 2.5 });
    expect(classifyText('1e-400')).toEqual({ kind: 'number', value: 0 });
  });

  it('keeps hex, octal, binary, underscores and words as text, as Python float() would reject them', () => {
    for (const text of ['0x1A', '0o7', '0b101', '1_000', 'abc', 'N/A', 'null', '1.2.3', '--1']) {
      expect(classifyText(text).kind).toBe('text');
    }
  });
});

describe('isMissingText', () => {
  it('sees missing spellings behind any leading blank, ASCII or not', () => {
    for (const text of ['\tNaN', '\n inf', '\u00a0-Inf', '\ufeffnan', ' '])
      expect(isMissingText(text)).toBe(true);
    for (const text of ['Nope', 'info', '+1', '-x', 'a', '\u00e9']) expect(isMissingText(text)).toBe(false);
  });
});
