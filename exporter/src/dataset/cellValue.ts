/**
 * How one cell of a data file is read: a finite number, a missing value, or text.
 *
 * Missing: an empty (or all-blank) cell and the tokens `NaN`, `Inf`, `Infinity` with an optional sign,
 * in any letter case, as numpy and pandas write them. A decimal literal whose value overflows to ±Infinity
 * (`1e999`) is missing too, because ±Inf counts as missing everywhere in mlhealth.
 * Numbers: decimal literals only (`-1.5`, `.5`, `1e-3`, surrounding blanks allowed). Hex, octal and binary
 * literals, which `Number()` would accept, and `1_000` are text, as in Python's `float()`.
 * CSV cells that are plain literals are read from their bytes instead (`decimalField.ts`), to the same
 * value.
 */

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const MISSING_TOKEN = /^[+-]?(?:nan|inf|infinity)$/i;

/** What a cell holds once read. */
export type CellKind = 'number' | 'missing' | 'text';

/** Whether `text` is a missing value: blank, or NaN/Inf/Infinity with an optional sign, any case. */
export function isMissingText(text: string): boolean {
  // Most cells start with a character no missing spelling starts with: skip the trim and the regex.
  const code = text.charCodeAt(0);
  const lower = code | 0x20;
  if (code > 0x20 && code < 0x7f && lower !== 0x6e && lower !== 0x69 && code !== 0x2b && code !== 0x2d)
    return false;
  const trimmed = text.trim();
  return trimmed === '' || MISSING_TOKEN.test(trimmed);
}

/**
 * Reads a decimal literal from `text` (blanks around it allowed): the number, or NaN when `text` is not a
 * decimal literal. An overflowing literal gives ±Infinity; callers treat non-finite results as missing.
 */
export function parseDecimalText(text: string): number {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Classifies a cell's text: missing (blank, NaN, ±Inf, an overflowing literal), a finite number, or text.
 * Returns the kind and, for numbers, the value.
 * @example classifyText(' 2.5 ') // { kind: 'number', value: 2.5 }
 */
export function classifyText(text: string): { kind: CellKind; value: number } {
  if (isMissingText(text)) return { kind: 'missing', value: Number.NaN };
  const value = parseDecimalText(text);
  if (Number.isNaN(value)) return { kind: 'text', value };
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'missing', value: Number.NaN };
}
