/**
 * The metric names of the mlhealth contract v1 that the panel reads (DESIGN.md, "Metric contract";
 * spelled once in `exporter/src/metrics/names.ts`, mirrored here because the plugin is its own npm
 * project; `contract.test.ts` fails if the two drift apart).
 */
export const CONTRACT_METRICS = {
  nodeScore: 'mlhealth_node_score',
  nodeStatus: 'mlhealth_node_status',
  nodeValue: 'mlhealth_node_value',
  nodeThreshold: 'mlhealth_node_threshold',
  nodeInfo: 'mlhealth_node_info',
  edgeWeight: 'mlhealth_edge_weight',
  nodeContribution: 'mlhealth_node_contribution',
  nodeLastUpdate: 'mlhealth_node_last_update_timestamp_seconds',
  businessImpact: 'mlhealth_business_impact',
  businessExposure: 'mlhealth_business_exposure',
  businessUnitInfo: 'mlhealth_business_unit_info',
  featureDrift: 'mlhealth_feature_drift',
  multivariateFeatureShare: 'mlhealth_multivariate_feature_share',
} as const;

export type ContractMetric = (typeof CONTRACT_METRICS)[keyof typeof CONTRACT_METRICS];

const ALL: readonly ContractMetric[] = Object.values(CONTRACT_METRICS);

/** True when `name` is one of the contract series the panel reads. */
export function isContractMetric(name: string): name is ContractMetric {
  return (ALL as readonly string[]).includes(name);
}

// Longest first, so `mlhealth_business_impact` is not found inside `mlhealth_scenario_business_impact`'s
// neighbourhood by a shorter name, and a name is matched only as a whole PromQL identifier.
const BY_LENGTH = [...ALL].sort((a, b) => b.length - a.length);
const IDENT = /[A-Za-z0-9_:]/;

/**
 * Finds the contract metric a PromQL expression or legend text is about, for frames whose series lost
 * their `__name__` label (e.g. `max by (node) (mlhealth_node_score)`).
 *
 * Convention: the first contract name that occurs as a whole identifier (not followed or preceded by
 * `[A-Za-z0-9_:]`), trying longer names first. O(names × text length). Never throws.
 *
 * @example metricInText('max by (node) (mlhealth_node_score{tier="base"})') // 'mlhealth_node_score'
 * @example metricInText('mlhealth_node_score_total') // null
 */
export function metricInText(text: string | undefined | null): ContractMetric | null {
  if (!text) {
    return null;
  }
  for (const name of BY_LENGTH) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(name, from);
      if (at < 0) {
        break;
      }
      const before = at === 0 ? '' : text[at - 1];
      const after = text[at + name.length] ?? '';
      if (!IDENT.test(before) && !IDENT.test(after)) {
        return name;
      }
      from = at + 1;
    }
  }
  return null;
}
