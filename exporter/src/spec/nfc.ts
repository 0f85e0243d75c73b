/**
 * Unicode NFC normalisation of names and categories: "São Paulo" typed on macOS (NFD: `a` + U+0303) and
 * on Linux (NFC: `ã`) is one category, and one feature name. The spec's feature names and categories,
 * ingested events and reference rows all pass through `toNFC`, so every comparison downstream is plain
 * string equality. Pure.
 */

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * `text` in Unicode Normalization Form C. ASCII text is NFC already and is returned as it is (no copy),
 * so the common case costs one regular-expression test. Complexity O(length).
 *
 * @example toNFC('Sa\u0303o Paulo') === 'S\u00e3o Paulo' // true
 * @example toNFC('amount') // 'amount' (the same string)
 */
export function toNFC(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFC') : text;
}

/** True when `text` is already in NFC (always for ASCII). */
export function isNFC(text: string): boolean {
  return !NON_ASCII.test(text) || text.normalize('NFC') === text;
}
