/**
 * Reads a CSV field as a decimal number in the same pass that finds where the field ends, straight from
 * the bytes: no string per cell, no second pass.
 *
 * Grammar of a decimal literal (that of `cellValue`'s slow path, without the blanks it trims):
 * `[+-] (D+ [. D*] | . D+) [(e|E) [+-] D+]`, D an ASCII digit. Anything else (blanks, `0x10`, `1_000`,
 * `NaN`, `inf`, words, a quote) is not a literal and is left to the slow path, which makes a string.
 *
 * Value of a literal: exactly `Number(text)`. Fast path (Clinger, 1990): the digits read as an integer
 * M (leading zeros and the decimal point ignored) and the decimal exponent k (written exponent minus the
 * digits after the point). When M < 2^53, M is exact in a double (every partial sum M' × 10 + d is a
 * smaller integer, so exact too), and when |k| ≤ 22, 10^|k| is exact; then M × 10^k (or M / 10^−k) is one
 * IEEE operation, rounded once: the double nearest the literal's value, which is what `Number()` returns
 * (ECMA-262 requires correct rounding up to 20 significant digits; M < 2^53 has at most 16). A literal
 * outside the fast path (17+ digits, |k| > 22) gets its value from `Number()` on its Latin-1 text
 * ({@link literalValue}): exact by definition, only slower. `-0` stays −0, as `Number('-0')` gives.
 */

const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;
const PLUS = 0x2b;
const MINUS = 0x2d;
/** The end of the input, as a byte value no byte has. */
const END = -1;

const TWO_53 = 2 ** 53;
/** Exponents past this are kept at it: far outside the fast path either way. */
const EXPONENT_CAP = 1e6;
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** What {@link scanDecimalField} found, written into a reused object (no allocation per field). */
export class FieldScan {
  /** The literal's value when the fast path applies; NaN otherwise (not a literal, or a slow literal). */
  value = Number.NaN;
  /** Whether the field is a decimal literal (its value is {@link value}, or {@link literalValue} when NaN). */
  literal = false;
}

/**
 * Scans the unquoted field at `bytes[pos]` up to the comma, CR or LF that ends it (or `end`) and returns
 * that position; fills `out` with whether the field is a decimal literal and its fast-path value (see
 * the file header). An empty field is not a literal. Complexity O(field length); throws nothing.
 * @example const out = new FieldScan();
 * scanDecimalField(Buffer.from('-12.5e1,x'), 0, 9, out) // 7, and out: { value: -125, literal: true }
 */
export function scanDecimalField(bytes: Uint8Array, pos: number, end: number, out: FieldScan): number {
  let c = pos < end ? bytes[pos] : END;
  const negative = c === MINUS;
  if (negative || c === PLUS) c = ++pos < end ? bytes[pos] : END;
  let mantissa = 0;
  let digits = 0;
  let exponent = 0;
  while (c >= 0x30 && c <= 0x39) {
    mantissa = mantissa * 10 + (c - 0x30);
    digits++;
    c = ++pos < end ? bytes[pos] : END;
  }
  if (c === DOT) {
    c = ++pos < end ? bytes[pos] : END;
    while (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      digits++;
      exponent--;
      c = ++pos < end ? bytes[pos] : END;
    }
  }
  if (digits > 0 && (c | 0x20) === 0x65) {
    let at = pos + 1;
    let e = at < end ? bytes[at] : END;
    const expNegative = e === MINUS;
    if (expNegative || e === PLUS) e = ++at < end ? bytes[at] : END;
    let written = 0;
    const first = at;
    while (e >= 0x30 && e <= 0x39) {
      if (written < EXPONENT_CAP) written = written * 10 + (e - 0x30);
      e = ++at < end ? bytes[at] : END;
    }
    // `1e` or `1e+` is no literal: leave `c` on the `e`, which ends nothing.
    if (at > first) {
      pos = at;
      c = e;
      exponent += expNegative ? -written : written;
    }
  }
  if (digits > 0 && (c === END || c === COMMA || c === LF || c === CR)) {
    out.literal = true;
    out.value = fastValue(negative, mantissa, exponent);
    return pos;
  }
  out.literal = false;
  out.value = Number.NaN;
  while (pos < end) {
    c = bytes[pos];
    if (c === COMMA || c === LF || c === CR) break;
    pos++;
  }
  return pos;
}

/** M × 10^k as one rounding when Clinger's conditions hold, else NaN. */
function fastValue(negative: boolean, mantissa: number, exponent: number): number {
  if (!(mantissa < TWO_53)) return Number.NaN;
  let value: number;
  if (exponent === 0) value = mantissa;
  else if (exponent < 0 && exponent >= -22) value = mantissa / POWERS_OF_TEN[-exponent];
  else if (exponent > 0 && exponent <= 22) value = mantissa * POWERS_OF_TEN[exponent];
  else return Number.NaN;
  return negative ? -value : value;
}

/**
 * The value of the decimal literal `bytes[start, end)` by `Number()` (for literals outside the fast
 * path; a literal is ASCII, so its Latin-1 text is its text). ±Infinity for an overflowing literal.
 * @example literalValue(Buffer.from('1e400'), 0, 5) // Infinity
 */
export function literalValue(bytes: Buffer, start: number, end: number): number {
  return Number(bytes.toString('latin1', start, end));
}

/**
 * The value of `bytes[start, end)` when the whole range is one decimal literal — exactly `Number()` of
 * its text, ±Infinity included — else NaN (blanks, commas, line breaks, non-literals). For tests and
 * for readers that have the field's bounds already.
 * @example decimalBytes(Buffer.from('0.1'), 0, 3) // 0.1
 */
export function decimalBytes(bytes: Buffer, start: number, end: number, out = new FieldScan()): number {
  if (scanDecimalField(bytes, start, end, out) !== end || !out.literal) return Number.NaN;
  return out.value === out.value ? out.value : literalValue(bytes, start, end);
}
