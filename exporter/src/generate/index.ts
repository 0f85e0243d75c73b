/**
 * Monitoring as code (`mlhealth generate`): from one spec, Prometheus alerting rules and their
 * `promtool` tests, Alertmanager routing and inhibition, Grafana dashboards and provisioning, the
 * metrics catalogue and, on request, a Prometheus Operator `PrometheusRule`. Pure and deterministic:
 * files as (path, content) pairs that the CLI writes or compares. With `--rollups`, the cascade's
 * parents as recording rules for sharded exporters (`rollups/`) and their promtool tests (`rollupTests/`).
 * May import: spec, cascade, signals, metrics.
 */
export { generateOutputs, type GeneratedFile, type GenerateOptions } from './outputs';
export { buildContext, type GenerateContext, type NodeFacts } from './context';
export { defaultDeployOptions, exporterPort, type DeployOptions } from './deploy';
export { OUTPUT_PATHS } from './provisioning';
export { generateRollupRules, MAX_RULES_PER_GROUP } from './rollups';
