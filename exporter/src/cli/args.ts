/**
 * Shared option parsing for `mlhealth` commands: `util.parseArgs` with its errors turned into one-line
 * `UsageError`s (exit 2), and readers for option values that say which option was wrong and what it takes.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

/**
 * `util.parseArgs` in strict mode, throwing UsageError for an unknown option, a missing value, a
 * positional argument the command does not take, or a value given to a boolean flag.
 * @example parseCommandArgs({ args: ['--format', 'json'], options: { format: { type: 'string' } } }).values.format // 'json'
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>({ strict: true, ...config });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = (err as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(message)?.[1] ?? message;
      throw new UsageError(`unknown option '${option}' (see --help)`);
    }
    if (code !== undefined && code.startsWith('ERR_PARSE_ARGS_'))
      throw new UsageError(message.split('\n')[0]);
    throw err;
  }
}

/** Reads a numeric option; throws UsageError naming the option when it is not a number in range. */
export function numberOption(
  option: string,
  value: string,
  range: { min?: number; max?: number; integer?: boolean; exclusiveMin?: boolean } = {},
): number {
  const number = value.trim() === '' ? Number.NaN : Number(value);
  const { min, max, integer = false, exclusiveMin = false } = range;
  const belowMin = min !== undefined && (exclusiveMin ? number <= min : number < min);
  if (
    !Number.isFinite(number) ||
    (integer && !Number.isInteger(number)) ||
    belowMin ||
    (max !== undefined && number > max)
  ) {
    throw new UsageError(`--${option} '${value}' is not ${describeRange(range)}`);
  }
  return number;
}

/** Reads an option that takes one of `choices`; throws UsageError listing them. */
export function choiceOption<C extends string>(option: string, value: string, choices: readonly C[]): C {
  if ((choices as readonly string[]).includes(value)) return value as C;
  throw new UsageError(`--${option} '${value}' is not one of ${choices.join(', ')}`);
}

/** Splits a comma-separated list option, trimming blanks; throws UsageError on an empty item. */
export function listOption(option: string, value: string): string[] {
  const items = value.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw new UsageError(`--${option} '${value}' has an empty item`);
  return items;
}

function describeRange(range: {
  min?: number;
  max?: number;
  integer?: boolean;
  exclusiveMin?: boolean;
}): string {
  const kind = range.integer === true ? 'an integer' : 'a number';
  const low = range.min === undefined ? '' : `${range.exclusiveMin === true ? '>' : '≥'} ${range.min}`;
  const high = range.max === undefined ? '' : `≤ ${range.max}`;
  const bounds = [low, high].filter((b) => b !== '').join(' and ');
  return bounds === '' ? kind : `${kind} ${bounds}`;
}
