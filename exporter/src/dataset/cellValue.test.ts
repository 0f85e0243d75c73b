import { classifyText, isMissingText } from './cellValue';

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
