"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cell = cell;
exports.table = table;
exports.iso = iso;
exports.needsText = needsText;
/** Text safe in a Markdown table cell: no pipes, newlines or HTML. */
function cell(text) {
    if (text === null)
        return '—';
    return String(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
/** A Markdown table from a header and rows (already escaped). */
function table(header, rows) {
    const line = (r) => `| ${r.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** Unix seconds as ISO-8601 UTC without milliseconds. */
function iso(seconds) {
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
/** A section that needs Prometheus: what it would show and from which queries. */
function needsText(n) {
    return `_Not available: ${cell(n.reason)}._ Queries: ${n.queries.map((q) => `\`${q}\``).join(', ')}.`;
}
//# sourceMappingURL=markdownText.js.map