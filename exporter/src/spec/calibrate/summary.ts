/**
 * The diff-like summary `mlhealth calibrate` prints before (or instead of) writing: what changes, what
 * is skipped and why, what failed.
 */
import { formatPath } from '../issues';
import { formatTimestamp } from '../timestamp';
import type { CalibrationPlan, NodeCalibration } from './plan';

const number = (x: number): string => (Number.isNaN(x) ? '(none)' : String(x));

function changeLine(c: NodeCalibration): string {
  const d = c.result.derived;
  const where = `${formatPath(['nodes', c.index])} ${c.node.id}`;
  const numbers = `warning ${number(c.before.warning)} -> ${c.result.warning}, critical ${number(c.before.critical)} -> ${c.result.critical}`;
  const basis = `${d.samples} chunks: mean ${d.mean}, std ${d.std}; k ${d.k}, critical_k ${d.critical_k}`;
  return `  ~ ${where}: ${numbers}  (${basis})`;
}

/** The summary lines of a plan and the version change (`null` when nothing is written). */
export function formatCalibrationSummary(
  plan: CalibrationPlan,
  at: number,
  version: { from: string; to: string } | null,
): string[] {
  const lines: string[] = [];
  if (plan.changes.length > 0) {
    lines.push(`thresholds derived from reference chunks at ${formatTimestamp(at)}:`);
    lines.push(...plan.changes.map(changeLine));
  }
  if (version !== null) lines.push(`  ~ version: ${version.from} -> ${version.to}`);
  if (plan.skipped.length > 0) {
    lines.push('skipped:');
    lines.push(...plan.skipped.map((s) => `  - ${formatPath(['nodes', s.index])} ${s.nodeId}: ${s.message}`));
  }
  if (plan.failures.length > 0) {
    lines.push('failed:');
    lines.push(
      ...plan.failures.map((f) => `  ! ${formatPath(['nodes', f.index])} ${f.nodeId}: ${f.message}`),
    );
  }
  return lines;
}
