/**
 * Spec fragments for the signals and ingest tests: a fraud-like classification model with numeric and
 * categorical features, and helpers to build nodes and events.
 */
import type { PredictionEvent } from '../events';
import type { ModelSpec, NodeSpec, SignalSpec, SpecDefaults } from '../../spec/types';
import type { MonitorConfig } from '../types';

export const DEFAULTS: SpecDefaults = {
  evaluation_interval: 15,
  stale_after: 300,
  unknown_policy: 'propagate',
  score_thresholds: { warning: 0.75, critical: 0.5 },
  max_children: 7,
  max_nodes_per_tier: 25,
  low_confidence_below: 0.6,
};

export function fraudModel(overrides: Partial<ModelSpec> = {}): ModelSpec {
  return {
    id: 'fraud',
    version: '1.0.0',
    trained_at: 1_700_000_000,
    task: 'classification',
    positive_class: 'fraud',
    features: [
      { name: 'amount', type: 'numeric', range: [0, 10_000] },
      { name: 'age', type: 'numeric' },
      { name: 'country', type: 'categorical', categories: ['de', 'fr', 'us'] },
      { name: 'channel', type: 'categorical' },
    ],
    window: { duration: 600 },
    evaluation_interval: 15,
    sample_size: 5000,
    bins: 10,
    correction: 'bh',
    ...overrides,
  };
}

let counter = 0;
/** A base node for `signal` on model `fraud`. */
export function baseNode(signal: SignalSpec, id = `fraud.n${counter++}`, model = 'fraud'): NodeSpec {
  return {
    id,
    tier: 'base',
    title: id,
    model,
    signal,
    thresholds: { warning: 0.1, critical: 0.2, direction: 'higher_is_worse' },
  };
}

export function monitorConfig(
  signals: Record<string, SignalSpec>,
  model: ModelSpec = fraudModel(),
): MonitorConfig {
  return {
    model,
    nodes: Object.entries(signals).map(([id, s]) => baseNode(s, id, model.id)),
    defaults: DEFAULTS,
  };
}

/** A normalised event with defaults for every field. */
export function event(
  partial: Partial<PredictionEvent> & { features: PredictionEvent['features'] },
): PredictionEvent {
  return {
    timestamp: null,
    id: null,
    typeViolations: [],
    prediction: null,
    confidence: null,
    latencySeconds: null,
    error: null,
    attributions: null,
    ...partial,
  };
}

/** Reference rows like the fraud model's training data: amount ~ N(100, 20), age ~ N(40, 10). */
export function referenceRows(
  u: () => number,
  n: number,
  normal: (u: () => number, m: number, s: number) => number,
) {
  return Array.from({ length: n }, () => ({
    features: {
      amount: normal(u, 100, 20),
      age: normal(u, 40, 10),
      country: ['de', 'fr', 'us'][Math.floor(u() * 3)],
      channel: u() < 0.5 ? 'web' : 'app',
    },
    prediction: u() < 0.1 ? 'fraud' : 'ok',
    attributions: { amount: 0.5, age: 0.25, country: 0.1, channel: 0.05 },
  }));
}
