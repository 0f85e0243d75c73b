/**
 * Which nodes `mlhealth calibrate` can re-derive from files, and the new thresholds of each. Reading the
 * reference files is the only I/O here (injectable for tests); the statistics and the derivation are
 * the pure `chunkValues` and `deriveFromChunks`.
 */
import { resolve } from 'node:path';
import type { Origins } from '../convert';
import { declaredDriftMethod, signalBounds } from '../signalRules';
import type { ModelSpec, NodeSpec, Spec, ThresholdSpec } from '../types';
import { chunkRanges, chunkValues } from './chunkValues';
import { deriveFromChunks, type DerivedThresholds } from './derive';
import { readReferenceRows, type ReferenceRows } from '../../dataset/referenceRows';

export interface NodeCalibration {
  /** Index of the node in the file's `nodes` list. */
  index: number;
  node: NodeSpec;
  /** The numbers before calibration (NaN when the node had none). */
  before: { warning: number; critical: number };
  result: DerivedThresholds;
}

export interface NodeNote {
  index: number;
  nodeId: string;
  message: string;
}

export interface CalibrationPlan {
  changes: NodeCalibration[];
  /** Nodes with a derivation this command cannot carry out (history, pinned-window references). */
  skipped: NodeNote[];
  /** Nodes whose derivation failed; nothing is written while there are any. */
  failures: NodeNote[];
}

/**
 * Whether a calibration result repeats what the spec already records (same numbers, same derivation
 * apart from its time): then there is nothing to write.
 */
export function isUnchanged(change: NodeCalibration): boolean {
  const previous = change.node.thresholds?.derived;
  const next = change.result.derived;
  if (previous === undefined) return false;
  const same = (a: unknown, b: unknown): boolean => a === b;
  return (
    same(change.before.warning, change.result.warning) &&
    same(change.before.critical, change.result.critical) &&
    (['method', 'k', 'critical_k', 'chunks', 'mean', 'std', 'samples'] as const).every((key) =>
      same(previous[key], next[key]),
    )
  );
}

/**
 * New thresholds for one node from its model's reference rows.
 * @throws Error saying why the node cannot be calibrated from these rows.
 */
export function calibrateNode(
  node: NodeSpec,
  model: ModelSpec,
  rows: ReferenceRows,
  spec: Spec,
  at: number,
): DerivedThresholds {
  const t = node.thresholds;
  const signal = node.signal;
  if (t?.derive?.method !== 'reference_chunks' || signal === undefined) {
    throw new Error('calibrateNode: expected a base node with a reference_chunks derivation');
  }
  const ranges = chunkRanges(rows.rows, t.derive.chunks);
  const values = chunkValues(signal, ranges, {
    model,
    rows,
    lowConfidenceBelow: spec.defaults.low_confidence_below,
  });
  const feature = 'feature' in signal ? model.features.find((f) => f.name === signal.feature) : undefined;
  const bounds = signalBounds(
    signal,
    declaredDriftMethod(signal, feature) ?? (signal.kind === 'drift_worst' ? 'jensenshannon' : undefined),
  );
  return deriveFromChunks(values, t.derive, t.direction, bounds, at);
}

/** Plans the calibration of every node with a derivation; `baseDir` resolves reference paths. */
export async function planCalibration(
  spec: Spec,
  origins: Origins,
  baseDir: string,
  at: number,
  readRows: (path: string) => Promise<ReferenceRows> = readReferenceRows,
): Promise<CalibrationPlan> {
  const plan: CalibrationPlan = { changes: [], skipped: [], failures: [] };
  const models = new Map(spec.models.map((m) => [m.id, m]));
  const tables = new Map<string, Promise<ReferenceRows>>();
  const rowsOf = (file: string): Promise<ReferenceRows> => {
    const path = resolve(baseDir, file);
    if (!tables.has(path)) tables.set(path, readRows(path));
    return tables.get(path) as Promise<ReferenceRows>;
  };
  for (const [i, node] of spec.nodes.entries()) {
    if (node.thresholds?.derive === undefined) continue;
    const index = origins.nodes[i] ?? i;
    const model = node.model === undefined ? undefined : models.get(node.model);
    const outcome = await planNode(node, model, (file) => rowsOf(file), spec, at);
    if ('result' in outcome)
      plan.changes.push({ index, node, before: outcome.before, result: outcome.result });
    else plan[outcome.list].push({ index, nodeId: node.id, message: outcome.message });
  }
  return plan;
}

type NodeOutcome =
  | { before: { warning: number; critical: number }; result: DerivedThresholds }
  | { list: 'skipped' | 'failures'; message: string };

async function planNode(
  node: NodeSpec,
  model: ModelSpec | undefined,
  rowsOf: (file: string) => Promise<ReferenceRows>,
  spec: Spec,
  at: number,
): Promise<NodeOutcome> {
  const t = node.thresholds as ThresholdSpec;
  if (t.derive?.method === 'history_quantile') {
    return {
      list: 'skipped',
      message: "history_quantile needs the node's recorded history: the running exporter calibrates it",
    };
  }
  const reference = model?.reference;
  if (model === undefined || reference === undefined)
    return { list: 'failures', message: 'no model reference to derive from' };
  if (!('file' in reference)) {
    const message = `model '${model.id}' has a pinned-window reference: the running exporter calibrates it from ingested events`;
    return { list: 'skipped', message };
  }
  try {
    const result = calibrateNode(node, model, await rowsOf(reference.file), spec, at);
    return { before: { warning: t.warning, critical: t.critical }, result };
  } catch (err) {
    return { list: 'failures', message: (err as Error).message };
  }
}
