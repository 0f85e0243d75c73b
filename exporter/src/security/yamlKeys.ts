/**
 * Strict reading of a YAML mapping, the way Go's `yaml.UnmarshalStrict` reads exporter-toolkit's
 * web-config: unknown keys and wrongly typed values are problems naming the file, the line and the key
 * path (`web.yml:4: tls_server_config.cert_fil: unknown key`).
 */
import { LineCounter, isMap, isScalar, type Document } from 'yaml';

export class KeyReader {
  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
    readonly problems: string[],
  ) {}

  /** `file:line: a.b.c: message`, the line being where the key's value (or the key) starts. */
  problem(path: readonly string[], message: string): void {
    const node = this.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const line = node?.range !== undefined ? `:${this.lines.linePos(node.range[0]).line}` : '';
    this.problems.push(`${this.file}${line}: ${path.join('.')}: ${message}`);
  }

  /** The keys of the mapping at `path` (empty when absent); a non-mapping or an unknown key is a problem. */
  mapping(path: readonly string[], allowed: readonly string[] | null): string[] {
    const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) return [];
    if (!isMap(node)) {
      this.problem(path, 'expected a mapping');
      return [];
    }
    const keys: string[] = [];
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (allowed !== null && !allowed.includes(key))
        this.problem([...path, key], `unknown key (expected one of ${allowed.join(', ')})`);
      else keys.push(key);
    }
    return keys;
  }

  private value(path: readonly string[]): unknown {
    const v: unknown = this.doc.getIn(path);
    return isScalar(v) ? v.value : v;
  }

  string(path: readonly string[]): string | undefined {
    const v = this.value(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    this.problem(path, `expected a string, got ${JSON.stringify(v)}`);
    return undefined;
  }

  boolean(path: readonly string[], fallback: boolean): boolean {
    const v = this.value(path);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'boolean') return v;
    this.problem(path, `expected true or false, got ${JSON.stringify(v)}`);
    return fallback;
  }

  /** An integer; with `quiet`, a value of another type is no problem, just undefined. */
  integer(path: readonly string[], quiet = false): number | undefined {
    const v = this.value(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (quiet) return undefined;
    this.problem(path, `expected an integer, got ${JSON.stringify(v)}`);
    return undefined;
  }

  /** A list of strings (absent: empty). */
  strings(path: readonly string[]): string[] {
    const v = this.doc.getIn(path);
    if (v === undefined || v === null) return [];
    const js: unknown = (v as { toJSON?: () => unknown }).toJSON?.() ?? v;
    if (Array.isArray(js) && js.every((s) => typeof s === 'string')) return js as string[];
    this.problem(path, 'expected a list of strings');
    return [];
  }
}
