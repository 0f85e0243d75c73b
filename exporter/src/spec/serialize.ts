/**
 * `serializeSpec`: a typed `Spec` back to YAML, with every default written out, durations as
 * Prometheus strings (`15m`) and timestamps as UTC ISO-8601 strings, so that
 * `parseSpec(serializeSpec(spec)).spec` deep-equals `spec`. (`mlhealth calibrate` edits the user's own
 * file in place instead, to keep comments; this is for generated or programmatic specs.)
 */
import { stringify } from 'yaml';
import { formatDuration, isFormattableDuration } from './duration';
import { formatTimestamp } from './timestamp';
import type { ModelSpec, NodeSpec, ReferenceSpec, Spec, ThresholdSpec } from './types';

type Plain = Record<string, unknown>;

/** A duration as the YAML writes it: `15m`, or plain seconds when not a whole number of milliseconds. */
export function durationOut(seconds: number): string | number {
  return isFormattableDuration(seconds) ? formatDuration(seconds) : seconds;
}

/** A timestamp as the YAML writes it: UTC ISO-8601, or Unix seconds when finer than a millisecond. */
export function timestampOut(seconds: number): string | number {
  return Math.abs(Math.round(seconds * 1000) - seconds * 1000) < 1e-6 ? formatTimestamp(seconds) : seconds;
}

/**
 * YAML text of a spec; the inverse of `parseSpec` up to formatting and comments.
 *
 * @example serializeSpec(parseSpec(text, 'a.yaml').spec).startsWith('api_version: mlhealth/v1\n') // true
 */
export function serializeSpec(spec: Spec): string {
  const { defaults } = spec;
  const doc: Plain = {
    api_version: spec.api_version,
    name: spec.name,
    version: spec.version,
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    currency: spec.currency,
    defaults: {
      ...defaults,
      evaluation_interval: durationOut(defaults.evaluation_interval),
      stale_after: durationOut(defaults.stale_after),
    },
    links: spec.links,
    sources: spec.sources.map((s) => ({ ...s, timeout: durationOut(s.timeout) })),
    models: spec.models.map(modelOut),
    nodes: spec.nodes.map(nodeOut),
    teams: spec.teams,
    escalation_policies: spec.escalation_policies.map((p) => ({
      ...p,
      levels: p.levels.map((l) => ({ ...l, respond_within: durationOut(l.respond_within) })),
    })),
    scenarios: spec.scenarios,
    ...(spec.platform !== undefined
      ? {
          platform: {
            escalation: spec.platform.escalation,
            exporter_down_after: durationOut(spec.platform.exporter_down_after),
          },
        }
      : {}),
  };
  return stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}

function modelOut(model: ModelSpec): Plain {
  const { trained_at, reference, reference_taken_at, window, evaluation_interval, ...rest } = model;
  return {
    ...rest,
    ...(trained_at !== undefined ? { trained_at: timestampOut(trained_at) } : {}),
    ...(reference !== undefined ? { reference: referenceOut(reference) } : {}),
    ...(reference_taken_at !== undefined ? { reference_taken_at: timestampOut(reference_taken_at) } : {}),
    window: 'count' in window ? window : { duration: durationOut(window.duration) },
    evaluation_interval: durationOut(evaluation_interval),
  };
}

function referenceOut(reference: ReferenceSpec): Plain {
  if ('file' in reference) return reference;
  return { window: { start: timestampOut(reference.window.start), end: timestampOut(reference.window.end) } };
}

function nodeOut(node: NodeSpec): Plain {
  const { id, tier, title, cadence, thresholds, objective, decay, retrain_trigger, ...rest } = node;
  return {
    id,
    tier,
    title,
    ...rest,
    ...(cadence !== undefined ? { cadence: durationOut(cadence) } : {}),
    ...(thresholds !== undefined ? { thresholds: thresholdsOut(thresholds) } : {}),
    ...(objective !== undefined
      ? { objective: { ...objective, period: durationOut(objective.period) } }
      : {}),
    ...(decay !== undefined
      ? { decay: { ...decay, grace: durationOut(decay.grace), half_life: durationOut(decay.half_life) } }
      : {}),
    ...(retrain_trigger !== undefined
      ? {
          retrain_trigger: {
            status: retrain_trigger.status,
            ...(retrain_trigger.for !== undefined ? { for: durationOut(retrain_trigger.for) } : {}),
          },
        }
      : {}),
  };
}

function thresholdsOut(t: ThresholdSpec): Plain {
  const { derived, ...rest } = t;
  return {
    ...rest,
    ...(derived !== undefined ? { derived: { ...derived, at: timestampOut(derived.at) } } : {}),
  };
}
