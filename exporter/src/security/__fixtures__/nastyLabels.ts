/**
 * User strings that try to break the exposition format or inject series: quotes, line feeds,
 * backslashes (also trailing, and a literal `\n`), braces, commas, `=`, a forged `# TYPE` line, unicode
 * in several scripts, right-to-left text, emoji, control characters, and a 128-character name.
 */
export const NASTY_LABEL_VALUES: readonly string[] = [
  'plain_feature',
  'quote"inside',
  '"',
  'a",feature="injected',
  'line\nbreak',
  'x} 1\nmlhealth_injected_total{model="m"} 666\n# TYPE y gauge',
  '\n# HELP mlhealth_up forged\n',
  'back\\slash',
  'trailing backslash\\',
  '\\n (a literal backslash-n)',
  '\\"',
  '} evil{',
  '{model="other"}',
  'comma, equals=sign',
  'ünïcödé montant_€ 数据 данные',
  'עברית right-to-left',
  'emoji 🚀🔥',
  'carriage\rreturn',
  'tab\there',
  'nul\u0000byte',
  'x'.repeat(128),
];
