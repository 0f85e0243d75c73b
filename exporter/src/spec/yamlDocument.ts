/**
 * The YAML side of the loader: parse the text once with a line counter, keep the document tree, and
 * turn any JSON path back into the line and column where it is written.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { PathSegment, SpecIssue } from './issues';

export interface ParsedYaml {
  /**
   * The document as plain data (aliases resolved). With YAML syntax errors it is what the parser
   * recovered around them (so the other problems can still be reported), or undefined when nothing was.
   */
  data: unknown;
  /** YAML syntax errors and warnings, positioned. */
  syntaxIssues: SpecIssue[];
  /** 1-based line and column of a path; the nearest existing ancestor when the path is not in the file. */
  locate: (path: readonly PathSegment[], atKey?: boolean) => { line: number; column: number };
}

/**
 * Parses YAML text (one document, YAML 1.2 core schema, unique keys) and keeps positions.
 *
 * @example parseYaml('a:\n  b: 1\n', 'x.yaml').locate(['a', 'b']) // { line: 2, column: 6 }
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
    merge: true,
  });
  const position = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const syntaxIssues: SpecIssue[] = [];
  for (const [list, severity] of [
    [doc.errors, 'error'],
    [doc.warnings, 'warning'],
  ] as const) {
    for (const e of list) {
      const { line, column } = position(e.pos[0]);
      syntaxIssues.push({ file, line, column, path: '', message: `YAML: ${firstLine(e.message)}`, severity });
    }
  }
  let data: unknown;
  if (doc.errors.length > 0) {
    data = recovered(doc);
  } else {
    try {
      data = doc.toJS({ maxAliasCount: 1000 });
    } catch (err) {
      // Aliases are resolved only here: an unknown anchor, or too many aliases (a "billion laughs").
      const { line, column } = position(badAliasOffset(doc) ?? 0);
      syntaxIssues.push({
        file,
        line,
        column,
        path: '',
        message: `YAML: ${firstLine((err as Error).message)}`,
        severity: 'error',
      });
    }
  }
  return { data, syntaxIssues, locate: (path, atKey = false) => position(offsetOf(doc, path, atKey)) };
}

/** What the parser recovered around syntax errors, as plain data; undefined when that fails too. */
function recovered(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 1000 });
  } catch {
    return undefined;
  }
}

/** Offset of the first alias whose anchor is not defined before it, if any. */
function badAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        offset = alias.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/** Offset of the value (or key) at `path`, or of its nearest ancestor that exists in the file. */
function offsetOf(doc: Document, path: readonly PathSegment[], atKey: boolean): number {
  let node: Node | null = resolve(doc, doc.contents as Node | null);
  let best = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length && node !== null; i++) {
    const seg = path[i] as PathSegment;
    const last = i === path.length - 1;
    let next: Node | null = null;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (pair === undefined) break;
      const key = pair.key as Node;
      if ((last && atKey) || pair.value === null) return key.range?.[0] ?? best;
      next = pair.value as Node;
    } else if (isSeq(node) && typeof seg === 'number') {
      next = (node.items[seg] as Node | undefined) ?? null;
    }
    node = resolve(doc, next);
    if (node?.range) best = node.range[0];
  }
  return best;
}

function resolve(doc: Document, node: Node | null): Node | null {
  let current = node;
  for (let hops = 0; current !== null && isAlias(current) && hops < 100; hops++) {
    current = (current.resolve(doc) as Node | undefined) ?? null;
  }
  return current;
}
