/**
 * Sources: existing Prometheus servers whose series join the cascade through `promql` nodes and
 * business exposures. `SourceManager` polls them on their cadence; readers only see the last answer.
 *
 *   const sources = new SourceManager(spec, { clock: () => Date.now() / 1000, secrets: { env: process.env, readFile } });
 *   sources.start();                 // polls in the background (unref'd timer); sources.stop() on shutdown
 *   sources.reading('prom', query);  // { value, observedAt, up, reason } — what evaluateBaseNodes uses
 *   sources.sourceStatus();          // mlhealth_source_up{source}
 *   sources.exposures();             // CascadeInputs.exposures
 *
 * May import: spec, signals.
 */
export { SourceManager } from './sourceManager';
export { pollTargets } from './pollTargets';
export type { PollTarget } from './pollTargets';
export type { SourceStatus, SourceManagerOptions } from './sourceManager';
export { queryPromql, queryUrl, MAX_ANSWER_BYTES } from './promqlClient';
export type { PromqlQuery } from './promqlClient';
export { parsePromqlResponse } from './promqlResponse';
export type { PromqlResult, PromqlErrorKind } from './promqlResponse';
export { authorizationHeader } from './credentials';
export type { SecretAccess, AuthHeader } from './credentials';
