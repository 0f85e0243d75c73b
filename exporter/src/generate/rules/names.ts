/**
 * Alert names and the fixed identifiers rules, routes and tests share. Every alert starts with the
 * `Mlhealth` prefix (monitoring-mixins convention: CamelCase, one shared prefix).
 */
export const ALERTS = {
  nodeWarning: 'MlhealthNodeWarning',
  nodeCritical: 'MlhealthNodeCritical',
  businessWarning: 'MlhealthBusinessWarning',
  businessCritical: 'MlhealthBusinessCritical',
  nodeNoData: 'MlhealthNodeNoData',
  nodeDataLost: 'MlhealthNodeDataLost',
  evaluationStale: 'MlhealthEvaluationStale',
  retrainRecommended: 'MlhealthRetrainRecommended',
  errorBudgetBurn: 'MlhealthErrorBudgetBurn',
  exporterDown: 'MlhealthExporterDown',
  exporterAbsent: 'MlhealthExporterAbsent',
  evaluationFailing: 'MlhealthEvaluationFailing',
  storeWriteFailing: 'MlhealthStoreWriteFailing',
} as const;

/** Alerts about the exporter itself: they carry no `tier` and are routed to every team. */
export const SELF_ALERTS: readonly string[] = [
  ALERTS.exporterDown,
  ALERTS.exporterAbsent,
  ALERTS.evaluationFailing,
  ALERTS.storeWriteFailing,
];

/** The scrape job name of the exporter in the generated Prometheus configuration. */
export const SCRAPE_JOB = 'mlhealth';

/** The tiers data alerts carry in their `tier` label (self alerts carry none). */
export const DATA_TIERS = ['base', 'component', 'business'] as const;

export type Severity = 'warning' | 'critical';

/** Recording rules of service-level objectives, Sloth-style `level:metric:operation` names. */
export const SLO_RECORDS = {
  errorRatio: (window: string) => `mlhealth_slo:sli_error:ratio_rate${window}`,
  objective: 'mlhealth_slo:objective:ratio',
  errorBudget: 'mlhealth_slo:error_budget:ratio',
} as const;
