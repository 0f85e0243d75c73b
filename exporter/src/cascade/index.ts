/**
 * The pure cascade engine (no I/O, no clock, no scheduling: `engine/` schedules it): base observations and the spec in, a `CascadeSnapshot` out; what-if
 * scenarios, explanations and the building blocks other layers reuse. Semantics: `docs/cascade.md`.
 * May import: spec.
 */
export { evaluateCascade } from './evaluate';
export { evaluateScenario, applyScenario, type AppliedScenario, type ScenarioOptions } from './scenario';
export { topCause, explainNode } from './explain';
export { scoreValue, linearAnchors, type MappingAnchors } from './mapping';
export { statusFromValue, statusFromScore, scoreOfStatus, type ScoreThresholds } from './thresholds';
export { rollup, rollupWorstOf, rollupWeightedMean, rollupKOfN, type RollupOutcome } from './rollup';
export {
  applyUnknownPolicy,
  unknownRuleOf,
  type ChildState,
  type RatedChild,
  type PolicyOutcome,
  type UnknownRule,
} from './unknown';
export { contributions } from './contributions';
export { lossFraction, exposureOf, impactFields } from './impact';
export { decayFactor, decayAge } from './decay';
export { evaluateRetrainTriggers, nextTriggerSince, meetsTrigger } from './retrain';
export { signalLabel, signalFeature } from './labels';
export { formatNumber, formatDuration, formatValue, formatShare } from './format';
export { exactSum } from './exactSum';
export * from './types';
