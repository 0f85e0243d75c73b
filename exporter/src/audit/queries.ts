/**
 * The PromQL the audit runs, in one place: the fetcher sends these, and a report made without
 * Prometheus lists them so a reader knows what the missing sections would come from.
 */
import { duration } from './definition';

export interface AuditQueries {
  nodeStatus: string;
  lastUpdate: string;
  exporterUp: string;
  mlhealthUp: string;
  sourceUp: string;
  specInfo: string;
}

/** The scrape job of the exporter in the generated Prometheus configuration. */
export const DEFAULT_JOB = 'mlhealth';

function quote(value: string): string {
  return JSON.stringify(value);
}

/**
 * The queries for a period of `seconds` and a scrape job. Range queries (`nodeStatus`, `specInfo`) run
 * over the period with `query_range`; the others are instant queries at its end.
 * @example auditQueries(2592000, 'mlhealth').exporterUp // 'avg_over_time(up{job="mlhealth"}[30d])'
 */
export function auditQueries(seconds: number, job: string): AuditQueries {
  const range = `[${duration(seconds)}]`;
  return {
    nodeStatus: 'mlhealth_node_status',
    lastUpdate: 'mlhealth_node_last_update_timestamp_seconds',
    exporterUp: `avg_over_time(up{job=${quote(job)}}${range})`,
    mlhealthUp: `avg_over_time(mlhealth_up${range})`,
    sourceUp: `avg_over_time(mlhealth_source_up${range})`,
    specInfo: 'mlhealth_spec_info',
  };
}

/**
 * The step of range queries over a period: at most 10 000 points per series (Prometheus refuses more
 * than 11 000), never below 1 s.
 * @example rangeStep(2592000) // 260
 */
export function rangeStep(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 10000));
}
