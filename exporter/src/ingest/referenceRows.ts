/**
 * The rows of each model's CURRENT reference, in row order, for `POST /api/v1/calibrate`: the monitors
 * keep only a bounded profile (sorted samples, category counts), which cannot be cut into chunks. So
 * the rows come from where the reference came from: the spec's reference file (read on demand), or an
 * upload through `PUT /api/v1/models/{model}/reference` made while this process runs (kept here, the
 * validated rows as columns). A reference restored from the store after a restart, or a pinned window
 * of events, has no rows left: calibration skips the nodes on it and says why.
 */
import { resolve } from 'node:path';
import type { ReferenceRow } from '../signals/reference';
import { readReferenceRows, type Cell, type ReferenceRows, type RowsOutcome } from '../dataset/referenceRows';
import type { ModelSpec, Spec } from '../spec/types';

type Origin =
  { kind: 'file'; path: string } | { kind: 'uploaded'; rows: ReferenceRows } | { kind: 'none'; why: string };

/**
 * Event-shaped reference rows as columns: one per feature, plus `prediction` and `confidence`
 * (the names `chunkValues` reads). Complexity O(rows × features). Throws nothing.
 * @example columnsOfReferenceRows(model, [{ features: { amount: 3 } }]).cells.get('amount') // [3]
 */
export function columnsOfReferenceRows(model: ModelSpec, rows: readonly ReferenceRow[]): ReferenceRows {
  const columns = [...model.features.map((f) => f.name), 'prediction', 'confidence'];
  const cells = new Map<string, Cell[]>(columns.map((c) => [c, []]));
  const cell = (v: unknown): Cell =>
    typeof v === 'number' ? (Number.isFinite(v) ? v : null) : typeof v === 'string' ? v : null;
  for (const row of rows) {
    for (const f of model.features) (cells.get(f.name) as Cell[]).push(cell(row.features[f.name]));
    (cells.get('prediction') as Cell[]).push(cell(row.prediction));
    (cells.get('confidence') as Cell[]).push(cell(row.confidence));
  }
  return { columns, rows: rows.length, cells };
}

export class ReferenceRowsKeeper {
  private readonly origins = new Map<string, Origin>();

  /**
   * @param restored models whose reference the store restored (an upload before a restart): their file,
   *   if any, is not the current reference.
   */
  constructor(
    spec: Spec,
    baseDir: string,
    restored: ReadonlySet<string>,
    private readonly readRows: (path: string) => Promise<ReferenceRows> = readReferenceRows,
  ) {
    for (const model of spec.models) this.origins.set(model.id, initialOrigin(model, baseDir, restored));
  }

  /**
   * Records the validated rows of an accepted upload (wired to `IngestService.onReferenceAccepted`, so the
   * rows are the ones ingest validated, never re-read): from now on they are `model`'s reference.
   */
  readonly uploaded = (model: ModelSpec, rows: readonly ReferenceRow[]): void => {
    this.origins.set(model.id, { kind: 'uploaded', rows: columnsOfReferenceRows(model, rows) });
  };

  /** The current reference rows of `model`, or why there are none. Never rejects. */
  async rowsOf(modelId: string): Promise<RowsOutcome> {
    const origin = this.origins.get(modelId);
    if (origin === undefined) return { skip: `no model '${modelId}' in the spec` };
    if (origin.kind === 'none') return { skip: origin.why };
    if (origin.kind === 'uploaded') return { rows: origin.rows };
    try {
      return { rows: await this.readRows(origin.path) };
    } catch (err) {
      return { skip: (err as Error).message };
    }
  }
}

function initialOrigin(model: ModelSpec, baseDir: string, restored: ReadonlySet<string>): Origin {
  if (restored.has(model.id)) {
    return {
      kind: 'none',
      why: `model '${model.id}': the current reference was uploaded before the last restart and only its profile was kept; upload it again (PUT /api/v1/models/${model.id}/reference) to calibrate from it`,
    };
  }
  const reference = model.reference;
  if (reference === undefined)
    return { kind: 'none', why: `model '${model.id}' has no reference (declare one or upload one)` };
  if (!('file' in reference)) {
    return {
      kind: 'none',
      why: `model '${model.id}' has a pinned-window reference: the monitor keeps only its profile, not the events in order`,
    };
  }
  return { kind: 'file', path: resolve(baseDir, reference.file) };
}
