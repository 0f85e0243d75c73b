/**
 * The rules that make a declared cascade well defined, one function per part of a node: thresholds,
 * loss curves, decay. Each returns why a declaration is unusable (a sentence naming the values) or null.
 * The loader runs them through `semantic/cascade.ts` so an invalid spec never loads, and the cascade
 * engine (`cascade/`) runs them again before it evaluates a spec it was handed directly. Pure.
 */
import type { DecaySpec, LossSpec, ThresholdSpec } from '../types';

/** Why these score thresholds are unusable (null when valid): they need 0 ≤ critical < warning < 1. */
export function scoreThresholdsProblem(t: { warning: number; critical: number }): string | null {
  const { warning, critical } = t;
  if (!Number.isFinite(warning) || !Number.isFinite(critical)) {
    return `score thresholds must be finite numbers, got warning ${warning}, critical ${critical}`;
  }
  if (!(critical >= 0 && critical < warning && warning < 1)) {
    return `score thresholds need 0 ≤ critical < warning < 1, got warning ${warning}, critical ${critical}`;
  }
  return null;
}

/** Why these value thresholds are unusable (null when valid): finite, and critical not better than warning. */
export function valueThresholdsProblem(t: ThresholdSpec): string | null {
  const { warning, critical, direction } = t;
  if (!Number.isFinite(warning) || !Number.isFinite(critical)) {
    return `thresholds must be finite numbers, got warning ${warning}, critical ${critical}`;
  }
  if (direction === 'higher_is_worse' && critical < warning) {
    return `higher_is_worse needs warning ≤ critical, got warning ${warning}, critical ${critical}`;
  }
  if (direction === 'lower_is_worse' && critical > warning) {
    return `lower_is_worse needs warning ≥ critical, got warning ${warning}, critical ${critical}`;
  }
  if (t.baseline !== undefined) {
    const healthy = direction === 'higher_is_worse' ? t.baseline < warning : t.baseline > warning;
    if (!Number.isFinite(t.baseline) || !healthy) {
      return `baseline ${t.baseline} must be strictly on the healthy side of warning ${warning} (${direction})`;
    }
  }
  return null;
}

/** Why a loss spec is unusable (null when valid). */
export function lossProblem(loss: LossSpec): string | null {
  const inUnit = (x: number) => x >= 0 && x <= 1;
  switch (loss.kind) {
    case 'linear':
      return inUnit(loss.max_loss) ? null : `linear max_loss ${loss.max_loss} must be in [0, 1]`;
    case 'step': {
      const s = loss.steps;
      if (s.length === 0) return 'step loss needs at least one step';
      for (let i = 0; i < s.length; i++) {
        if (!inUnit(s[i].loss) || !inUnit(s[i].below)) return `step ${i} needs below and loss in [0, 1]`;
        if (i > 0 && !(s[i].below > s[i - 1].below)) {
          return `step ${i}: below must increase from step to step`;
        }
        if (i > 0 && s[i].loss > s[i - 1].loss) return `step ${i}: loss must not increase from step to step`;
      }
      return null;
    }
    case 'piecewise': {
      const p = loss.points;
      if (p.length === 0) return 'piecewise loss needs at least one point';
      for (let i = 0; i < p.length; i++) {
        if (!inUnit(p[i][0]) || !inUnit(p[i][1])) return `point ${i} needs score and loss in [0, 1]`;
        if (i > 0 && !(p[i][0] > p[i - 1][0])) return `point ${i}: scores must increase from point to point`;
        if (i > 0 && p[i][1] > p[i - 1][1]) return `point ${i}: loss must not increase with the score`;
      }
      return null;
    }
  }
}

/** Why a decay spec is unusable (null when valid). */
export function decayProblem(decay: DecaySpec): string | null {
  if (!(decay.half_life > 0 && Number.isFinite(decay.half_life))) {
    return `half_life ${decay.half_life} must be > 0`;
  }
  if (!(decay.grace >= 0 && Number.isFinite(decay.grace))) return `grace ${decay.grace} must be ≥ 0`;
  if (!(decay.floor >= 0 && decay.floor <= 1)) return `floor ${decay.floor} must be in [0, 1]`;
  return null;
}
