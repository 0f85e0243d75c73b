/**
 * Assembles the cascade engine's inputs from the latest evaluation of every model and the sources'
 * readings: pure, so the engine's schedule and the inputs it feeds can be tested apart.
 */
import type { BaseObservation, CascadeInputs } from '../cascade/types';
import type { ModelEvaluation } from '../signals/types';

export interface InputParts {
  evaluations: Iterable<ModelEvaluation>;
  sourceObservations: ReadonlyMap<string, BaseObservation>;
  exposures: ReadonlyMap<string, number | null>;
  triggerSince: ReadonlyMap<string, number>;
}

/**
 * `CascadeInputs` at `now`: every model's base observations plus the PromQL ones, and the model and
 * reference ages (seconds, never negative) for decay, from each model's detail. A model without a
 * training time (or reference time) has no age entry, so decay of that kind does not apply to it.
 */
export function buildCascadeInputs(parts: InputParts, now: number): CascadeInputs {
  const observations = new Map<string, BaseObservation>();
  const modelAges = new Map<string, number>();
  const referenceAges = new Map<string, number>();
  for (const evaluation of parts.evaluations) {
    for (const obs of evaluation.observations) observations.set(obs.node, obs);
    const { model, trainedAt, referenceTakenAt } = evaluation.detail;
    if (trainedAt !== null) modelAges.set(model, Math.max(0, now - trainedAt));
    if (referenceTakenAt !== null) referenceAges.set(model, Math.max(0, now - referenceTakenAt));
  }
  for (const [node, obs] of parts.sourceObservations) observations.set(node, obs);
  return {
    observations,
    exposures: parts.exposures,
    modelAges,
    referenceAges,
    triggerSince: parts.triggerSince,
  };
}
