/**
 * Dependency risk: the graph from raw inputs to business outcomes, and its single points of failure
 * priced through the scenario engine. Semantics: `docs/whatif.md`.
 * May import: spec, cascade, whatif.
 */
export * from './types';
export { buildDependencyGraph } from './graph';
export { baseInputs, vertexId } from './signalInputs';
export { failureReaches } from './reach';
export { failureChanges, simulateFailure } from './simulate';
export { dependencyReport } from './report';
export { dependencyMermaid, dependencyTable } from './format';
