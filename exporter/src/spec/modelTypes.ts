/**
 * The spec's sources and models: existing Prometheus servers, each model's features, reference data and
 * windows. Part of `Spec` (types.ts has the whole document and its conventions).
 */
import type { DriftMethod } from '../stats/methods';
import type { TypeMismatchPolicy } from './types';

export type { DriftMethod };

export type SourceSpec = PrometheusSourceSpec;

/** An existing Prometheus whose series join the cascade through `promql` signals. */
export interface PrometheusSourceSpec {
  id: string;
  type: 'prometheus';
  url: string;
  /** Query timeout in seconds. Default 5. */
  timeout: number;
  /** Secrets are never inline: read from a file or an environment variable at start-up. */
  auth?: {
    bearer_token_file?: string;
    bearer_token_env?: string;
    basic_auth?: { username: string; password_file?: string; password_env?: string };
  };
}

// ---------------------------------------------------------------------------------------------------
// Models

export type FeatureType = 'numeric' | 'categorical' | 'binary';

export interface FeatureSpec {
  name: string;
  type: FeatureType;
  /** numeric: inclusive expected range; a value outside is a `range` schema violation. */
  range?: [number, number];
  /** categorical/binary: expected categories; a value outside is an `unseen_category` violation. */
  categories?: string[];
  /** Drift method for this feature; absent means the automatic rule (`stats/chooseMethod.ts`). */
  drift_method?: DriftMethod;
  /** Business importance weight used by drift rollups when the spec says so. Default 1. */
  importance?: number;
}

export type ReferenceSpec =
  /** A CSV (header row) or JSON Lines file, path relative to the spec file. */
  | { file: string }
  /** A pinned window of ingested events (Unix seconds), e.g. the first week after deploy. */
  | { window: { start: number; end: number } };

export type WindowSpec =
  /** The events of the last `duration` seconds. */
  | { duration: number }
  /** The last `count` events. */
  | { count: number };

export interface ModelSpec {
  id: string;
  title?: string;
  version: string;
  /** Unix seconds; model age is measured from here. */
  trained_at?: number;
  task: 'classification' | 'regression';
  owner?: string;
  features: FeatureSpec[];
  reference?: ReferenceSpec;
  /** Unix seconds when the current reference was taken (reference age). From the file's stats if absent. */
  reference_taken_at?: number;
  /** The current window statistics are computed over. Default `{duration: 900}`. */
  window: WindowSpec;
  /** Seconds between evaluations of this model's base nodes. Default `defaults.evaluation_interval`. */
  evaluation_interval: number;
  /** Drift sampling: at most this many current values per feature enter exact tests. Default 5000. */
  sample_size: number;
  /** Quantile bins per numeric feature for PSI/JS/Hellinger. Default 10. */
  bins: number;
  /** Multiple-testing correction over this model's feature tests. Default `bh`. */
  correction: 'none' | 'bonferroni' | 'bh';
  /** Positive class for classification metrics, when predictions are labels. */
  positive_class?: string;
  /** Type-mismatch policy of this model's events. The loader fills it from `defaults.type_mismatch`. */
  type_mismatch?: TypeMismatchPolicy;
  /** How KServe InferenceLogger CloudEvents map to this model (`POST /api/v1/kserve`). */
  kserve?: KserveMapping;
}

/** The KServe side of a model: which InferenceService it is, which outputs hold what. */
export interface KserveMapping {
  /** The InferenceService name (`ce-inferenceservicename`) whose events are this model's. Default: the model id. */
  name?: string;
  /** The output holding the prediction: a v2 output tensor's name, or a key of v1 prediction objects. Default: the only output. */
  prediction?: string;
  /** The output holding the confidence (a number in 0..1, or probabilities whose largest is taken). Default: none. */
  confidence?: string;
}
