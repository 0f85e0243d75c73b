/**
 * Shapes shared by the demo's traffic models, incident schedule and simulator.
 */
import type { Uniform } from './prng';

/** A feature value as the demo sends it: numbers, categories, booleans, or null for "missing". */
export type DemoFeatureValue = number | string | boolean | null;

/** One prediction event in the wire format of `POST /api/v1/models/{model}/events`. */
export interface DemoEvent {
  timestamp: number;
  id: string;
  features: Record<string, DemoFeatureValue>;
  /** The predicted class (both demo models are classifiers). */
  prediction: string;
  confidence: number;
  latency_seconds: number;
  error: boolean;
  attributions?: Record<string, number>;
}

/** What is going wrong right now for one model; the traffic model bends its draws accordingly. */
export interface DemoConditions {
  /** Features whose distribution is shifted. */
  driftedFeatures: ReadonlySet<string>;
  /** Features that are missing in a large share of events. */
  missingFeatures: ReadonlySet<string>;
  /** Latency is multiplied and errors are more frequent. */
  latencySpike: boolean;
}

/** Share of events whose feature is null while a missing-values incident runs. */
export const MISSING_SHARE_IN_INCIDENT = 0.6;

export const CALM: DemoConditions = {
  driftedFeatures: new Set(),
  missingFeatures: new Set(),
  latencySpike: false,
};

/** A simulated model: how much traffic it gets and how one event is drawn. */
export interface DemoTrafficModel {
  id: string;
  /** Mean events per second before the time-of-day variation. */
  eventsPerSecond: number;
  /** Feature names in the order of the reference CSV's columns. */
  features: readonly string[];
  /** Draws the feature values of one event. */
  drawFeatures(u: Uniform, conditions: DemoConditions): Record<string, DemoFeatureValue>;
  /** Turns features into a prediction, its confidence and optional attributions. */
  predict(features: Record<string, DemoFeatureValue>): {
    prediction: string;
    confidence: number;
    attributions?: Record<string, number>;
  };
  /** Draws serving latency (seconds) and whether the call failed. */
  drawServing(u: Uniform, conditions: DemoConditions): { latency: number; error: boolean };
  /** Late ground truth: a share of events gets a label some seconds later. */
  labels?: DemoLabelPlan;
}

export interface DemoLabelPlan {
  /** Share of events that ever get a label (e.g. chargebacks are only known for some). */
  share: number;
  /** Seconds between the prediction and its label. */
  delaySeconds: number;
  /** Draws the true class of an event. */
  draw(u: Uniform, event: DemoEvent): string;
}

/** A late label in the wire format of `POST /api/v1/models/{model}/labels`. */
export interface DemoLabel {
  id: string;
  label: string;
}
