/**
 * A base node's statistic on each chunk of a model's reference: the numbers `reference_chunks`
 * thresholds are derived from. Drift statistics compare each chunk with the whole reference (as
 * NannyML does); ratios and means are each chunk's own value, with the definitions the live signals use
 * (missing and violations per cell, confidence from the `confidence` column, prediction drift from the
 * `prediction` column).
 */
import { driftTest, type Column } from '../../stats';
import { declaredDriftMethod } from '../signalRules';
import type { DriftMethod, FeatureSpec, ModelSpec, SignalSpec } from '../types';
import type { Cell, ReferenceRows } from '../../dataset/referenceRows';

/** A chunk smaller than this is too noisy to say anything about the spread of a statistic. */
export const MIN_ROWS_PER_CHUNK = 10;

/** `[start, end)` row ranges of `chunks` consecutive, nearly equal chunks of `rows` rows. @throws when chunks are too small. */
export function chunkRanges(rows: number, chunks: number): Array<[number, number]> {
  if (!Number.isInteger(chunks) || chunks < 2)
    throw new Error(`chunkRanges: chunks must be an integer >= 2, got ${chunks}`);
  if (rows / chunks < MIN_ROWS_PER_CHUNK) {
    throw new Error(
      `the reference has ${rows} rows: ${chunks} chunks would hold fewer than ${MIN_ROWS_PER_CHUNK} rows each`,
    );
  }
  return Array.from({ length: chunks }, (_, i) => [
    Math.floor((i * rows) / chunks),
    Math.floor(((i + 1) * rows) / chunks),
  ]);
}

/** What a chunk statistic needs besides the rows. */
export interface ChunkContext {
  model: ModelSpec;
  rows: ReferenceRows;
  lowConfidenceBelow: number;
}

/**
 * The node's statistic on each chunk, in chunk order.
 *
 * @throws Error naming what is missing: a column absent from the reference, a drift method the spec
 *   leaves to the automatic rule, a kind that cannot be computed from reference data, or a drift test
 *   that refuses a chunk (too few values).
 */
export function chunkValues(
  signal: SignalSpec,
  ranges: ReadonlyArray<[number, number]>,
  ctx: ChunkContext,
): number[] {
  const per = (f: (start: number, end: number) => number): number[] => ranges.map(([s, e]) => f(s, e));
  switch (signal.kind) {
    case 'feature_drift':
      return per(featureDrift(ctx, feature(ctx, signal.feature), requireMethod(signal, ctx)));
    case 'drift_worst': {
      const method = signal.method ?? 'jensenshannon';
      const names = signal.features ?? ctx.model.features.map((f) => f.name);
      const tests = names.map((n) => featureDrift(ctx, feature(ctx, n), method));
      return per((s, e) => Math.max(...tests.map((t) => t(s, e))));
    }
    case 'prediction_drift': {
      const cells = column(ctx, 'prediction');
      const numeric = cells.every((c) => c === null || typeof c === 'number');
      return per(
        drift(cells, numeric ? 'numeric' : 'categorical', requireMethod(signal, ctx), ctx.model.bins),
      );
    }
    case 'missing_ratio':
      return per((s, e) =>
        share(
          ctx,
          s,
          e,
          signal.feature,
          (c, f) => c === null || (f.type === 'numeric' && typeof c === 'string'),
        ),
      );
    case 'schema_violations':
      return per((s, e) => share(ctx, s, e, signal.feature, (c, f) => violates(c, f, signal.violation)));
    case 'confidence_mean':
    case 'low_confidence_share':
      return per(confidenceStatistic(signal, ctx));
    default:
      throw new Error(`a ${signal.kind} value cannot be computed from reference data`);
  }
}

function confidenceStatistic(
  signal: Extract<SignalSpec, { kind: 'confidence_mean' | 'low_confidence_share' }>,
  ctx: ChunkContext,
): (s: number, e: number) => number {
  const cells = column(ctx, 'confidence');
  if (signal.kind === 'confidence_mean') return (s, e) => mean(numbers(cells.slice(s, e)));
  const below = signal.below ?? ctx.lowConfidenceBelow;
  return (s, e) => {
    const values = numbers(cells.slice(s, e));
    return values.filter((v) => v < below).length / nonEmpty(values.length, 'confidence');
  };
}

function requireMethod(signal: SignalSpec, ctx: ChunkContext): DriftMethod {
  const f =
    'feature' in signal && signal.feature !== undefined
      ? ctx.model.features.find((x) => x.name === signal.feature)
      : undefined;
  const method = declaredDriftMethod(signal, f);
  if (method === undefined) {
    throw new Error(
      "the drift method is left to the automatic rule; declare signal.method (or the feature's drift_method) so calibration and live evaluation use the same statistic",
    );
  }
  return method;
}

function feature(ctx: ChunkContext, name: string): FeatureSpec {
  const f = ctx.model.features.find((x) => x.name === name);
  if (f === undefined) throw new Error(`model '${ctx.model.id}' declares no feature '${name}'`);
  return f;
}

function column(ctx: ChunkContext, name: string): Cell[] {
  const cells = ctx.rows.cells.get(name);
  if (cells === undefined)
    throw new Error(`the reference has no column '${name}' (columns: ${ctx.rows.columns.join(', ')})`);
  return cells;
}

function featureDrift(
  ctx: ChunkContext,
  f: FeatureSpec,
  method: DriftMethod,
): (s: number, e: number) => number {
  return drift(column(ctx, f.name), f.type, method, ctx.model.bins);
}

function drift(
  cells: Cell[],
  type: FeatureSpec['type'],
  method: DriftMethod,
  bins: number,
): (s: number, e: number) => number {
  const whole = toColumn(cells, type);
  return (s, e) => driftTest(method, whole, toColumn(cells.slice(s, e), type), { bins }).statistic;
}

/** A stats `Column` from cells: numbers for numeric features (text and missing left out), else category counts. */
export function toColumn(cells: readonly Cell[], type: FeatureSpec['type']): Column {
  if (type === 'numeric') return { type: 'numeric', values: Float64Array.from(numbers(cells)) };
  const counts = new Map<string, number>();
  for (const c of cells) if (c !== null) counts.set(String(c), (counts.get(String(c)) ?? 0) + 1);
  return { type, counts };
}

function numbers(cells: readonly Cell[]): number[] {
  return cells.filter((c): c is number => typeof c === 'number');
}

function share(
  ctx: ChunkContext,
  s: number,
  e: number,
  only: string | undefined,
  bad: (c: Cell, f: FeatureSpec) => boolean,
): number {
  const features = only === undefined ? ctx.model.features : [feature(ctx, only)];
  let count = 0;
  for (const f of features) for (const c of column(ctx, f.name).slice(s, e)) if (bad(c, f)) count++;
  return count / nonEmpty((e - s) * features.length, 'feature');
}

function violates(c: Cell, f: FeatureSpec, only: 'type' | 'range' | 'unseen_category' | undefined): boolean {
  if (c === null) return false;
  const kind =
    f.type === 'numeric'
      ? typeof c === 'string'
        ? 'type'
        : f.range !== undefined && (c < f.range[0] || c > f.range[1])
          ? 'range'
          : undefined
      : f.categories !== undefined && !f.categories.includes(String(c))
        ? 'unseen_category'
        : undefined;
  return kind !== undefined && (only === undefined || only === kind);
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / nonEmpty(values.length, 'confidence');
}

function nonEmpty(n: number, what: string): number {
  if (n === 0) throw new Error(`a chunk has no ${what} values`);
  return n;
}
