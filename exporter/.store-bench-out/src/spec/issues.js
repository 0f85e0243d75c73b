"use strict";
/**
 * Problems found in a spec, each with where it is: file, 1-based line and column, and the JSON path
 * (`nodes[3].thresholds.warning`). The loader collects every issue before it gives up, so one run of
 * `mlhealth validate` shows the whole list.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.SpecError = void 0;
exports.formatPath = formatPath;
exports.formatIssueLine = formatIssueLine;
exports.formatIssueForCli = formatIssueForCli;
exports.sortIssues = sortIssues;
/**
 * Thrown by `parseSpec`/`loadSpecFile` when the spec has at least one error. `issues` holds every error
 * (sorted by position) and the message lists them, one per line; `warnings` holds the warnings found in
 * the same pass, which a CLI prints after the errors.
 */
class SpecError extends Error {
    issues;
    warnings;
    constructor(issues, warnings = []) {
        super(issues.map(formatIssueLine).join('\n'));
        this.name = 'SpecError';
        this.issues = issues;
        this.warnings = warnings;
    }
}
exports.SpecError = SpecError;
/** `nodes[3].thresholds.warning` from `['nodes', 3, 'thresholds', 'warning']`; keys that are not plain identifiers are quoted. */
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
/** `file:line:col: path: message`, the line `SpecError.message` is made of. */
function formatIssueLine(issue) {
    const where = `${issue.file}:${issue.line}:${issue.column}`;
    return issue.path === '' ? `${where}: ${issue.message}` : `${where}: ${issue.path}: ${issue.message}`;
}
/** `file:line:col: error: path: message`, the line `mlhealth validate` prints. */
function formatIssueForCli(issue) {
    const where = `${issue.file}:${issue.line}:${issue.column}: ${issue.severity}`;
    return issue.path === '' ? `${where}: ${issue.message}` : `${where}: ${issue.path}: ${issue.message}`;
}
/** Sorts issues by position, errors before warnings at the same place, keeping their order otherwise. */
function sortIssues(issues) {
    return issues
        .map((issue, index) => ({ issue, index }))
        .sort((a, b) => a.issue.line - b.issue.line ||
        a.issue.column - b.issue.column ||
        (a.issue.severity === b.issue.severity ? 0 : a.issue.severity === 'error' ? -1 : 1) ||
        a.index - b.index)
        .map((x) => x.issue);
}
//# sourceMappingURL=issues.js.map