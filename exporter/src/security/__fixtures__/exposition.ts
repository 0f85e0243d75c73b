/**
 * A strict parser of the Prometheus text exposition format (0.0.4) for the label-safety tests: every
 * line is a `# HELP`/`# TYPE` comment, blank, or a sample `name{label="value",...} value`; label values
 * may hold any character but `"`, `\` and a line feed, which must be escaped as `\"`, `\\`, `\n` (no
 * other escape is valid). Anything else is a problem with its line number. Sample timestamps are
 * problems too (the exporter never sets them).
 */

export interface ParsedSample {
  name: string;
  /** Label name/value pairs in order of appearance, values unescaped. */
  labels: [string, string][];
  value: string;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const VALUE = /^ ([-+]?(?:\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|NaN|Inf))$/;

/** Reads a quoted label value starting at `i` (just past the opening quote); returns value and end index. */
function readLabelValue(line: string, i: number): { value: string; end: number } | string {
  let value = '';
  for (let j = i; j < line.length; j++) {
    const c = line[j];
    if (c === '"') return { value, end: j + 1 };
    if (c !== '\\') {
      value += c;
      continue;
    }
    const next = line[++j];
    if (next === '\\') value += '\\';
    else if (next === '"') value += '"';
    else if (next === 'n') value += '\n';
    else return `invalid escape \\${next ?? ''} at column ${j}`;
  }
  return 'unterminated label value';
}

function parseLabels(line: string, start: number): { labels: [string, string][]; end: number } | string {
  const labels: [string, string][] = [];
  let i = start;
  if (line[i] === '}') return { labels, end: i + 1 };
  for (;;) {
    const name = LABEL_NAME.exec(line.slice(i));
    if (name === null) return `expected a label name at column ${i}`;
    i += name[0].length;
    if (line.slice(i, i + 2) !== '="') return `expected =" after label ${name[0]}`;
    const read = readLabelValue(line, i + 2);
    if (typeof read === 'string') return read;
    labels.push([name[0], read.value]);
    i = read.end;
    if (line[i] === '}') return { labels, end: i + 1 };
    if (line[i] !== ',') return `expected , or } at column ${i}`;
    i++;
  }
}

/** Parses `text`; problems are `line N: ...`. */
export function parseExposition(text: string): { samples: ParsedSample[]; problems: string[] } {
  const samples: ParsedSample[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    const where = `line ${index + 1}`;
    if (line === '') return;
    if (line.startsWith('#')) {
      if (!/^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* /.test(line))
        problems.push(`${where}: unexpected comment ${JSON.stringify(line)}`);
      return;
    }
    const name = NAME.exec(line);
    if (name === null) {
      problems.push(`${where}: expected a metric name: ${JSON.stringify(line)}`);
      return;
    }
    let rest = line.slice(name[0].length);
    let labels: [string, string][] = [];
    if (rest.startsWith('{')) {
      const parsed = parseLabels(line, name[0].length + 1);
      if (typeof parsed === 'string') {
        problems.push(`${where}: ${parsed}: ${JSON.stringify(line)}`);
        return;
      }
      labels = parsed.labels;
      rest = line.slice(parsed.end);
    }
    const value = VALUE.exec(rest);
    if (value === null)
      problems.push(`${where}: expected " value" and nothing more, got ${JSON.stringify(rest)}`);
    else samples.push({ name: name[0], labels, value: value[1] });
  });
  return { samples, problems };
}
