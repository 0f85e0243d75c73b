"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SLO_RECORDS = exports.DATA_TIERS = exports.SCRAPE_JOB = exports.SELF_ALERTS = exports.ALERTS = void 0;
/**
 * Alert names and the fixed identifiers rules, routes and tests share. Every alert starts with the
 * `Mlhealth` prefix (monitoring-mixins convention: CamelCase, one shared prefix).
 */
exports.ALERTS = {
    nodeWarning: 'MlhealthNodeWarning',
    nodeCritical: 'MlhealthNodeCritical',
    businessWarning: 'MlhealthBusinessWarning',
    businessCritical: 'MlhealthBusinessCritical',
    nodeNoData: 'MlhealthNodeNoData',
    evaluationStale: 'MlhealthEvaluationStale',
    retrainRecommended: 'MlhealthRetrainRecommended',
    errorBudgetBurn: 'MlhealthErrorBudgetBurn',
    exporterDown: 'MlhealthExporterDown',
    exporterAbsent: 'MlhealthExporterAbsent',
    evaluationFailing: 'MlhealthEvaluationFailing',
};
/** Alerts about the exporter itself: they carry no `tier` and are routed to every team. */
exports.SELF_ALERTS = [
    exports.ALERTS.exporterDown,
    exports.ALERTS.exporterAbsent,
    exports.ALERTS.evaluationFailing,
];
/** The scrape job name of the exporter in the generated Prometheus configuration. */
exports.SCRAPE_JOB = 'mlhealth';
/** The tiers data alerts carry in their `tier` label (self alerts carry none). */
exports.DATA_TIERS = ['base', 'component', 'business'];
/** Recording rules of service-level objectives, Sloth-style `level:metric:operation` names. */
exports.SLO_RECORDS = {
    errorRatio: (window) => `mlhealth_slo:sli_error:ratio_rate${window}`,
    objective: 'mlhealth_slo:objective:ratio',
    errorBudget: 'mlhealth_slo:error_budget:ratio',
};
//# sourceMappingURL=names.js.map