/**
 * Label values from users (feature names, categories, model versions) cannot break the exposition
 * format: prom-client escapes `\`, `"` and line feeds, and every other character passes through as
 * UTF-8 (security/labelSafety.test.ts proves it with promtool, a strict parser and a real Prometheus).
 * Some strings are still worth refusing at the boundary, because they do harm after the exposition:
 *
 * - lone UTF-16 surrogates become U+FFFD on the wire, so two different names collapse into one series;
 * - control characters (C0, DEL, C1: tab, carriage return, NUL, escape ...) are invisible or reshape
 *   text in dashboards, alert messages and logs;
 * - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) make a label display as
 *   something other than it is.
 */
import type { Problem } from './problem';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function codePoint(value: string, index: number): string {
  return `U+${value.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why `value` should not become a label value, or null when it may. O(length). Throws nothing.
 * @example labelValueProblem('amount\n') // 'contains the control character U+000A at index 6'
 * @example labelValueProblem('montant_€') // null
 */
export function labelValueProblem(value: string): string | null {
  const control = CONTROL.exec(value);
  if (control !== null)
    return `contains the control character ${codePoint(value, control.index)} at index ${control.index}`;
  const bidi = BIDI.exec(value);
  if (bidi !== null)
    return `contains the bidirectional formatting character ${codePoint(value, bidi.index)} at index ${bidi.index}`;
  const lone = LONE_SURROGATE.exec(value);
  if (lone !== null)
    return `is not valid Unicode (a lone surrogate ${codePoint(value, lone.index)} at index ${lone.index})`;
  return null;
}

/**
 * Problems of several user strings at once, each with its path, for the spec or ingest validators'
 * `{path, message}` lists. O(total length). Throws nothing.
 * @example labelValueProblems([{ path: 'models[0].features[2].name', value: 'a\tb', what: 'feature name' }])
 *   // [{ path: 'models[0].features[2].name', message: 'feature name contains the control character U+0009 at index 1' }]
 */
export function labelValueProblems(
  items: readonly { path: string; value: string; what: string }[],
): Problem[] {
  const problems: Problem[] = [];
  for (const item of items) {
    const problem = labelValueProblem(item.value);
    if (problem !== null) problems.push({ path: item.path, message: `${item.what} ${problem}` });
  }
  return problems;
}
