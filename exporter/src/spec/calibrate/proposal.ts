/**
 * The calibration proposal of the running exporter: new thresholds for the live spec's nodes that
 * declare a `derive` rule, from the model's current reference rows (`reference_chunks`, the calibrate
 * module's `calibrateNode`) or from the node's own values in the engine's snapshot history
 * (`history_quantile`, `deriveFromHistory`), written into the spec text with the version bumped. Live
 * thresholds are never touched: the caller gets the text to commit and reload.
 */
import type { Problem } from '../problem';
import { analyzeSpec, parseSpec, SpecError } from '..';
import { applyCalibration } from './applyEdits';
import { deriveFromHistory, type DerivedThresholds } from './derive';
import { calibrateNode, isUnchanged, type NodeCalibration } from './plan';
import { bumpVersion } from './version';
import { UNCALIBRATED_CODE } from '../convertThresholds';
import { declaredDriftMethod, signalBounds } from '../signalRules';
import type { NodeSpec, Spec } from '../types';
import type { RowsOutcome } from '../../dataset/referenceRows';

/** One past evaluation as calibration reads it: each node's value (a `CascadeSnapshot` is one). */
export interface ValueHistoryPoint {
  nodes: ReadonlyArray<{ id: string; value: number | null }>;
}

export interface CalibrationInputs {
  /** The live spec file's text (what the proposal edits). */
  text: string;
  /** Its name, for messages. */
  file: string;
  history: readonly ValueHistoryPoint[];
  rowsOf: (model: string) => Promise<RowsOutcome>;
  /** Only these nodes (ids); absent: every node with a `derive` rule. */
  nodes?: readonly string[];
  at: number;
}

export interface Proposal {
  version_from: string;
  version_to: string;
  changes: Array<{
    node: string;
    warning: { from: number | null; to: number };
    critical: { from: number | null; to: number };
    derived: DerivedThresholds['derived'];
  }>;
  skipped: Array<{ node: string; reason: string }>;
  spec_yaml: string;
}

/** Why nothing (or nothing valid) can be proposed: the router answers 409 with it. */
export class NothingToCalibrate extends Error {
  constructor(
    message: string,
    readonly details: Problem[],
  ) {
    super(message);
  }
}

/** Values of `id` in `history`, oldest first, known ones only. */
export function historyValues(history: readonly ValueHistoryPoint[], id: string): number[] {
  return history.flatMap((s) => {
    const v = s.nodes.find((n) => n.id === id)?.value;
    return typeof v === 'number' && Number.isFinite(v) ? [v] : [];
  });
}

/**
 * The proposal for `inputs`.
 * @throws NothingToCalibrate when no node changes, the version cannot be bumped, or the result would
 *   not validate; Error when the live text itself no longer analyses (it was loaded, so it should).
 */
export async function proposeCalibration(inputs: CalibrationInputs): Promise<Proposal> {
  const analysis = analyzeSpec(inputs.text, inputs.file, { tolerate: new Set([UNCALIBRATED_CODE]) });
  const { spec, origins } = analysis;
  if (spec === undefined || origins === undefined || analysis.errors.length > 0)
    throw new Error(`proposeCalibration: the live spec ${inputs.file} does not analyse`);
  const changes: NodeCalibration[] = [];
  const skipped: Proposal['skipped'] = [];
  for (const [i, node] of spec.nodes.entries()) {
    if (node.thresholds?.derive === undefined) continue;
    if (inputs.nodes !== undefined && !inputs.nodes.includes(node.id)) continue;
    const outcome = await deriveNode(node, spec, inputs);
    if (typeof outcome === 'string') skipped.push({ node: node.id, reason: outcome });
    else {
      const t = node.thresholds;
      const change = { index: origins.nodes[i] ?? i, node, before: t, result: outcome };
      if (isUnchanged(change))
        skipped.push({ node: node.id, reason: 'the derived thresholds are unchanged' });
      else changes.push(change);
    }
  }
  if (changes.length === 0) {
    const details = skipped.map((s) => ({ path: s.node, message: s.reason }));
    throw new NothingToCalibrate('nothing to calibrate', details);
  }
  return finishProposal(spec, inputs, changes, skipped);
}

function finishProposal(
  spec: Spec,
  inputs: CalibrationInputs,
  changes: NodeCalibration[],
  skipped: Proposal['skipped'],
): Proposal {
  let next: string;
  try {
    next = bumpVersion(spec.version);
  } catch (err) {
    throw new NothingToCalibrate('the spec version cannot be bumped', [
      { path: 'version', message: (err as Error).message },
    ]);
  }
  const text = applyCalibration(inputs.text, changes, next);
  try {
    parseSpec(text, inputs.file);
  } catch (err) {
    if (!(err instanceof SpecError)) throw err;
    const details = err.issues.map((i) => ({ path: i.path, message: i.message }));
    throw new NothingToCalibrate('the calibrated spec would not validate', details);
  }
  const known = (x: number): number | null => (Number.isFinite(x) ? x : null);
  return {
    version_from: spec.version,
    version_to: next,
    changes: changes.map((c) => ({
      node: c.node.id,
      warning: { from: known(c.before.warning), to: c.result.warning },
      critical: { from: known(c.before.critical), to: c.result.critical },
      derived: c.result.derived,
    })),
    skipped,
    spec_yaml: text,
  };
}

/** The node's new thresholds, or why it is skipped. */
async function deriveNode(
  node: NodeSpec,
  spec: Spec,
  inputs: CalibrationInputs,
): Promise<DerivedThresholds | string> {
  const t = node.thresholds;
  if (t?.derive === undefined) return 'no derive rule';
  try {
    if (t.derive.method === 'history_quantile') {
      const values = historyValues(inputs.history, node.id);
      return deriveFromHistory(values, t.derive, t.direction, boundsOf(node, spec), inputs.at);
    }
    if (node.model === undefined) return 'reference_chunks needs a base node of a model';
    const model = spec.models.find((m) => m.id === node.model);
    const rows = await inputs.rowsOf(node.model);
    if (model === undefined || 'skip' in rows) return 'skip' in rows ? rows.skip : `no model '${node.model}'`;
    return calibrateNode(node, model, rows.rows, spec, inputs.at);
  } catch (err) {
    return (err as Error).message;
  }
}

function boundsOf(node: NodeSpec, spec: Spec): [number, number] {
  const signal = node.signal;
  if (signal === undefined) return [-Infinity, Infinity];
  const model = spec.models.find((m) => m.id === node.model);
  const feature = 'feature' in signal ? model?.features.find((f) => f.name === signal.feature) : undefined;
  return signalBounds(
    signal,
    declaredDriftMethod(signal, feature) ?? (signal.kind === 'drift_worst' ? 'jensenshannon' : undefined),
  );
}
