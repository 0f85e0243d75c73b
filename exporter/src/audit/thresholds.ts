/**
 * Every node's thresholds with where they came from: derived by calibration (rule and what it saw),
 * a rule still awaiting calibration, or declared by hand. Pure.
 */
import { nodeUnit } from '../spec/nodeUnit';
import type { Spec } from '../spec/types';
import type { AuditThreshold } from './types';

/**
 * One entry per node with thresholds, in spec order. The loader gives parents without thresholds the
 * spec's score thresholds; a parent whose thresholds equal them is reported as `score_defaults`.
 * @example auditThresholds(spec)[0]
 * // { node: 'fraud.drift.amount', warning: 0.05163, critical: 0.07242, origin: 'derived', rule: { method: 'reference_chunks', … }, … }
 */
export function auditThresholds(spec: Spec): AuditThreshold[] {
  return spec.nodes.flatMap((node) => {
    const t = node.thresholds;
    if (t === undefined) return [];
    const isParent = node.children !== undefined && node.children.length > 0;
    const defaults = spec.defaults.score_thresholds;
    const usesDefaults = isParent && t.warning === defaults.warning && t.critical === defaults.critical;
    const origin: AuditThreshold['origin'] =
      t.derived !== undefined
        ? 'derived'
        : t.derive !== undefined
          ? 'awaiting_calibration'
          : usesDefaults
            ? 'score_defaults'
            : 'declared';
    return [
      {
        node: node.id,
        unit: nodeUnit(node),
        warning: t.warning,
        critical: t.critical,
        direction: t.direction,
        baseline: t.baseline ?? null,
        origin,
        rule: t.derive ?? null,
        derivation: t.derived ?? null,
      },
    ];
  });
}
