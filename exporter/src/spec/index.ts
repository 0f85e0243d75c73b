/**
 * The cascade spec: types, loader, serializer and helpers. Everything outside `spec/` imports from here.
 * May import: stats, dataset.
 */
export * from './types';
export { SpecError, formatIssueForCli, formatIssueLine, formatPath, type SpecIssue } from './issues';
export { analyzeSpec, parseSpec, sha256Hex, type Analysis, type LoadedSpec } from './parse';
export { analyzeSpecFile, loadSpecFile, SpecReadError, type LoadOptions } from './load';
export { formatDuration, parseDuration } from './duration';
export { formatTimestamp, parseTimestamp } from './timestamp';
export { serializeSpec } from './serialize';
export { SPEC_DEFAULTS } from './convert';
export { SPEC_SCHEMA } from './schema';
export { SIGNAL_KIND_INFO } from './signalKinds';
export { signalBounds, signalDirection, signalUnit, defaultThresholds } from './signalRules';
export { ALLOWED_CHILD_TIERS, REFERENCE_COMPUTABLE } from './semantic';
