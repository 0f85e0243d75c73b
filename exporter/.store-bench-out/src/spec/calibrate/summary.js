"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatCalibrationSummary = formatCalibrationSummary;
/**
 * The diff-like summary `mlhealth calibrate` prints before (or instead of) writing: what changes, what
 * is skipped and why, what failed.
 */
const issues_1 = require("../issues");
const timestamp_1 = require("../timestamp");
const number = (x) => (Number.isNaN(x) ? '(none)' : String(x));
function changeLine(c) {
    const d = c.result.derived;
    const where = `${(0, issues_1.formatPath)(['nodes', c.index])} ${c.node.id}`;
    const numbers = `warning ${number(c.before.warning)} -> ${c.result.warning}, critical ${number(c.before.critical)} -> ${c.result.critical}`;
    const basis = `${d.samples} chunks: mean ${d.mean}, std ${d.std}; k ${d.k}, critical_k ${d.critical_k}`;
    return `  ~ ${where}: ${numbers}  (${basis})`;
}
/** The summary lines of a plan and the version change (`null` when nothing is written). */
function formatCalibrationSummary(plan, at, version) {
    const lines = [];
    if (plan.changes.length > 0) {
        lines.push(`thresholds derived from reference chunks at ${(0, timestamp_1.formatTimestamp)(at)}:`);
        lines.push(...plan.changes.map(changeLine));
    }
    if (version !== null)
        lines.push(`  ~ version: ${version.from} -> ${version.to}`);
    if (plan.skipped.length > 0) {
        lines.push('skipped:');
        lines.push(...plan.skipped.map((s) => `  - ${(0, issues_1.formatPath)(['nodes', s.index])} ${s.nodeId}: ${s.message}`));
    }
    if (plan.failures.length > 0) {
        lines.push('failed:');
        lines.push(...plan.failures.map((f) => `  ! ${(0, issues_1.formatPath)(['nodes', f.index])} ${f.nodeId}: ${f.message}`));
    }
    return lines;
}
//# sourceMappingURL=summary.js.map