/**
 * Problems found in a spec, each with where it is: file, 1-based line and column, and the JSON path
 * (`nodes[3].thresholds.warning`). The loader collects every issue before it gives up, so one run of
 * `mlhealth validate` shows the whole list.
 */

export interface SpecIssue {
  file: string;
  line: number;
  column: number;
  /** JSON path in the document, e.g. `nodes[3].thresholds.warning`; empty for the document itself. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/**
 * Thrown by `parseSpec`/`loadSpecFile` when the spec has at least one error. `issues` holds every error
 * (sorted by position) and the message lists them, one per line; `warnings` holds the warnings found in
 * the same pass, which a CLI prints after the errors.
 */
export class SpecError extends Error {
  readonly issues: SpecIssue[];
  readonly warnings: SpecIssue[];

  constructor(issues: SpecIssue[], warnings: SpecIssue[] = []) {
    super(issues.map(formatIssueLine).join('\n'));
    this.name = 'SpecError';
    this.issues = issues;
    this.warnings = warnings;
  }
}

/** A path as a list of keys and indexes, before it is positioned in the file. */
export type PathSegment = string | number;

/** An issue that knows its path but not yet its line and column (semantic checks produce these). */
export interface PendingIssue {
  path: PathSegment[];
  message: string;
  severity: 'error' | 'warning';
  /** Point at the key of the last path segment instead of its value (unknown keys, duplicate keys). */
  atKey?: boolean;
  /** Machine-readable tag for issues a caller may choose to tolerate (see `UNCALIBRATED_CODE`). */
  code?: string;
}

/** `nodes[3].thresholds.warning` from `['nodes', 3, 'thresholds', 'warning']`; keys that are not plain identifiers are quoted. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** `file:line:col: path: message`, the line `SpecError.message` is made of. */
export function formatIssueLine(issue: SpecIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path === '' ? `${where}: ${issue.message}` : `${where}: ${issue.path}: ${issue.message}`;
}

/** `file:line:col: error: path: message`, the line `mlhealth validate` prints. */
export function formatIssueForCli(issue: SpecIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}: ${issue.severity}`;
  return issue.path === '' ? `${where}: ${issue.message}` : `${where}: ${issue.path}: ${issue.message}`;
}

/** Sorts issues by position, errors before warnings at the same place, keeping their order otherwise. */
export function sortIssues(issues: readonly SpecIssue[]): SpecIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        a.issue.line - b.issue.line ||
        a.issue.column - b.issue.column ||
        (a.issue.severity === b.issue.severity ? 0 : a.issue.severity === 'error' ? -1 : 1) ||
        a.index - b.index,
    )
    .map((x) => x.issue);
}
