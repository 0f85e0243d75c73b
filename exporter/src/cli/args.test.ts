import { choiceOption, listOption, numberOption, parseCommandArgs } from './args';
import { UsageError } from './io';

const options = { format: { type: 'string' }, quiet: { type: 'boolean' } } as const;

describe('parseCommandArgs', () => {
  it('returns typed values', () => {
    expect(parseCommandArgs({ args: ['--format', 'json', '--quiet'], options }).values).toEqual({
      format: 'json',
      quiet: true,
    });
  });

  it.each([
    [['--verbose'], "unknown option '--verbose' (see --help)"],
    [['--format'], "Option '--format <value>' argument missing"],
    [['extra'], "Unexpected argument 'extra'. This command does not take positional arguments"],
    [['--quiet=yes'], "Option '--quiet' does not take an argument"],
  ])('turns %j into a one-line UsageError', (args, message) => {
    let error: unknown;
    try {
      parseCommandArgs({ args, options });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(message);
  });
});

describe('option readers', () => {
  it('read numbers in range and name the option otherwise', () => {
    expect(numberOption('bins', '12', { min: 2, integer: true })).toBe(12);
    expect(() => numberOption('bins', '2.5', { min: 2, integer: true })).toThrow(
      "--bins '2.5' is not an integer ≥ 2",
    );
    expect(() => numberOption('share', '', { min: 0, max: 1 })).toThrow(
      "--share '' is not a number ≥ 0 and ≤ 1",
    );
    expect(() => numberOption('threshold', '0', { min: 0, exclusiveMin: true })).toThrow(
      "--threshold '0' is not a number > 0",
    );
  });

  it('read choices and lists', () => {
    expect(choiceOption('format', 'json', ['table', 'json'])).toBe('json');
    expect(() => choiceOption('format', 'xml', ['table', 'json'])).toThrow(
      "--format 'xml' is not one of table, json",
    );
    expect(listOption('columns', ' a, b ,c')).toEqual(['a', 'b', 'c']);
    expect(() => listOption('columns', 'a,,b')).toThrow("--columns 'a,,b' has an empty item");
  });
});
