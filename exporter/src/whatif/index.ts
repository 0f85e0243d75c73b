/**
 * What-if scenarios over the cascade engine: request validation, runs against live or offline inputs,
 * impact deltas, named scenarios for `mlhealth_scenario_business_impact`. Semantics: `docs/whatif.md`.
 * May import: spec, cascade.
 */
export * from './types';
export { parseScenarioRequest, type ParsedRequest } from './request';
export { scenarioRequestProblems } from './specCheck';
export { marketChanges, requestChanges } from './market';
export { runScenario, ScenarioRequestError } from './run';
export { impactDeltas } from './delta';
export { healthyInputs, healthyObservation, healthyValue, isBaseNode } from './baseline';
export { inputsFromJson, type ParsedInputs } from './inputsJson';
export { evaluateNamedScenarios, type ScenarioImpactRow } from './named';
export { scenarioJson, type ScenarioJson, type ScenarioNodeJson } from './json';
export { formatTable, formatAmount, describeChange, impactTable } from './table';
