/**
 * The scheduler, and nothing else (statistics live in `signals/`, the pure cascade engine in `cascade/`,
 * the write side in `ingest/`): `Engine.tick(now)` evaluates the models whose `evaluation_interval` slot came round
 * and, when any did (or a write marked the engine dirty), assembles the cascade inputs and evaluates the
 * cascade; it keeps the last snapshot and a bounded history. It holds no timer: `main.ts` ticks it every
 * second, tests drive the clock. PromQL readings come in through `SourcesPort` (`PromqlSources`).
 * May import: spec, cascade, whatif, signals, sources.
 */
export { Engine, type EngineParts, type DetailPoint } from './engine';
export { buildCascadeInputs, type InputParts } from './cascadeInputs';
export { PromqlSources } from './promqlSources';
export type { CascadePort, SourcesPort } from './ports';
