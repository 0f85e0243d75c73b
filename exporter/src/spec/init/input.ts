/**
 * What the spec `mlhealth init` writes is built from: the model, its inferred features, what else the
 * reference holds, and the nodes whose thresholds calibration could not derive. The command fills it
 * from the reference file; the builder (`buildInitSpec`) turns it into YAML text without I/O.
 */
import type { InferredFeature, SkippedColumn } from './columns';

export interface InitInput {
  /** The model id (`^[a-z][a-z0-9_-]*$`). */
  model: string;
  task: 'classification' | 'regression';
  /** The reference file as the spec names it: relative to the spec's directory. */
  referenceFile: string;
  /** The reference as the user named it, for comments (e.g. `data/train.csv`). */
  referenceSource: string;
  /** Data rows in the reference. */
  rows: number;
  features: InferredFeature[];
  /** Columns left out, and why (for the header comment). */
  skipped: SkippedColumn[];
  /** Whether the reference has predictions, and confidences, under the names the exporter reads. */
  prediction: boolean;
  confidence: boolean;
  /** Unix seconds the model was trained (`--trained-at`): model age is monitored only when known. */
  trainedAt?: number;
  /** Unix seconds the reference was taken, when the spec must say it (a copy's own time would be wrong). */
  referenceTakenAt?: number;
  /** Node id → why calibration failed: those nodes keep the kind's default numbers, or are left out. */
  uncalibrated?: ReadonlyMap<string, string>;
}

/** A node as YAML writes it (keys in order), with the comment written above it. */
export interface PlannedNode {
  node: Record<string, unknown> & { id: string; tier: 'base' | 'component' | 'business' };
  comment?: string;
}

/** Reference chunks thresholds are derived from: 10, fewer for a small reference (≥ 10 rows each), more for a large one. */
export const MIN_CHUNKS = 2;
export const DEFAULT_CHUNKS = 10;
export const MAX_CHUNKS = 50;
/** Rows per chunk the chunk count aims at for a large reference (live drift samples hold 5,000 values). */
export const TARGET_CHUNK_ROWS = 5000;
/** Rows a chunk needs at least (as `chunkRanges` demands). */
export const MIN_CHUNK_ROWS = 10;

/**
 * The number of calibration chunks for `rows` reference rows: 10, or ⌊rows / 10⌋ when that is fewer,
 * or ⌈rows / 5000⌉ up to 50 for a large reference; 0 when the reference is too small (< 20 rows).
 * @example calibrationChunks(1000) // 10
 * @example calibrationChunks(45) // 4
 * @example calibrationChunks(200000) // 40
 */
export function calibrationChunks(rows: number): number {
  const most = Math.floor(rows / MIN_CHUNK_ROWS);
  if (most < MIN_CHUNKS) return 0;
  const wanted = Math.min(MAX_CHUNKS, Math.max(DEFAULT_CHUNKS, Math.ceil(rows / TARGET_CHUNK_ROWS)));
  return Math.min(most, wanted);
}
