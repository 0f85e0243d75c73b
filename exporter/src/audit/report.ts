/**
 * Builds the audit report from the spec and, optionally, Prometheus answers. Pure: the fetching lives
 * in `prometheus.ts`. Without Prometheus, the sections that need it say so and give no numbers.
 */
import type { Spec } from '../spec/types';
import { nodeAvailability, specVersions, uptimeEntries } from './history';
import { auditGaps, auditNodes } from './nodes';
import { auditQueries, DEFAULT_JOB } from './queries';
import { auditThresholds } from './thresholds';
import type {
  AuditPeriod,
  AuditReport,
  Availability,
  Needs,
  PromAuditData,
  SpecVersions,
  Uptime,
} from './types';

export interface AuditInput {
  spec: Spec;
  file: string;
  sha256: string;
  /** Unix seconds the report is made at. */
  generatedAt: number;
  period: AuditPeriod;
  /** Scrape job of the exporter (for the queries listed when Prometheus is missing). Default `mlhealth`. */
  job?: string;
  prometheus?: PromAuditData;
}

function needs(queries: string[]): Needs {
  return {
    available: false,
    reason:
      'needs --prometheus: computed from the exporter series stored in Prometheus; no numbers are given without it',
    queries,
  };
}

function withPrometheus(
  input: AuditInput,
  data: PromAuditData,
): { availability: Availability; uptime: Uptime; spec_versions: SpecVersions } {
  const { spec, period } = input;
  const availabilityErrors: string[] = [];
  const nodes = nodeAvailability(spec, data, period, availabilityErrors);
  const uptimeErrors: string[] = [];
  const exporter = uptimeEntries(data.exporterUp, uptimeErrors);
  const mlhealthUp = uptimeEntries(data.mlhealthUp, uptimeErrors);
  const sources = uptimeEntries(data.sourceUp, uptimeErrors);
  const seen = new Set(sources.map((s) => s.labels.source));
  const versionErrors: string[] = [];
  const { versions, changes } = specVersions(data, versionErrors);
  const lastRun = versions.at(-1);
  return {
    availability: { available: true, step: data.step, nodes, errors: availabilityErrors },
    uptime: {
      available: true,
      exporter,
      mlhealth_up: mlhealthUp,
      sources,
      sources_without_data: spec.sources.map((s) => s.id).filter((id) => !seen.has(id)),
      errors: uptimeErrors,
    },
    spec_versions: {
      available: true,
      versions,
      changes,
      audited_file_ran_last: lastRun === undefined ? null : lastRun.sha256 === input.sha256,
      errors: versionErrors,
    },
  };
}

/**
 * The audit report. Complexity O(nodes + edges + points of the Prometheus answers).
 * @example buildAuditReport({ spec, file: 'realistic.yaml', sha256, generatedAt: now, period }).uptime
 * // { available: false, reason: 'needs --prometheus: …', queries: ['avg_over_time(up{job="mlhealth"}[30d])', …] }
 */
export function buildAuditReport(input: AuditInput): AuditReport {
  const { spec, period } = input;
  const nodes = auditNodes(spec);
  const q = auditQueries(period.seconds, input.job ?? DEFAULT_JOB);
  const history =
    input.prometheus !== undefined
      ? withPrometheus(input, input.prometheus)
      : {
          availability: needs([q.nodeStatus, q.lastUpdate]),
          uptime: needs([q.exporterUp, q.mlhealthUp, q.sourceUp]),
          spec_versions: needs([q.specInfo]),
        };
  return {
    generated_at: input.generatedAt,
    spec: {
      name: spec.name,
      version: spec.version,
      sha256: input.sha256,
      file: input.file,
      description: spec.description ?? null,
    },
    period,
    prometheus: input.prometheus?.url ?? null,
    nodes,
    gaps: auditGaps(nodes),
    score_thresholds: spec.defaults.score_thresholds,
    thresholds: auditThresholds(spec),
    ...history,
  };
}
