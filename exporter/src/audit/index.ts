/**
 * The audit report (`mlhealth audit`): a pure builder from the spec and Prometheus answers, the
 * Markdown rendering, and the Prometheus fetcher. Semantics: `docs/audit.md`.
 * May import: spec, cascade, dependencies.
 */
export * from './types';
export { buildAuditReport, type AuditInput } from './report';
export { renderAuditMarkdown } from './markdown';
export { fetchAuditData, seriesOfAnswer, type FetchOptions } from './prometheus';
export { auditQueries, rangeStep, DEFAULT_JOB, type AuditQueries } from './queries';
export { auditNodes, auditGaps } from './nodes';
export { auditThresholds } from './thresholds';
export { nodeDefinition } from './definition';
