/**
 * The thresholds of the spec `mlhealth init` writes, calibrated with `mlhealth calibrate`'s own
 * machinery (`spec/calibrate/`): every node declaring `derive: {method: reference_chunks}` gets mean +
 * k·σ of its statistic over the reference chunks, recorded under `derived`. A node calibration fails on
 * (a column with too few values in a chunk, say) is written again with the kind's default numbers and
 * the reason as a comment, or left out when the kind has none; then calibration runs once more.
 */
import { analyzeSpec, type Spec } from '../spec';
import { applyCalibration } from '../spec/calibrate/applyEdits';
import { planCalibration, type CalibrationPlan } from '../spec/calibrate/plan';
import type { Origins } from '../spec/convert';
import { UNCALIBRATED_CODE } from '../spec/convertThresholds';
import { buildInitSpec, INIT_VERSION } from '../spec/init/buildSpec';
import type { InitInput } from '../spec/init/input';
import { readReferenceRows, type ReferenceRows } from '../dataset/referenceRows';

export interface CalibratedSpec {
  text: string;
  /** Nodes calibrated, and nodes that kept default numbers or were left out, with why. */
  calibrated: number;
  uncalibrated: ReadonlyMap<string, string>;
}

/** Rounds of "build, calibrate, set the failures aside": failures only shrink, so two are enough; three to be safe. */
const MAX_ROUNDS = 3;

/**
 * The spec text for `input`, calibrated at `at` (Unix seconds) against the reference files resolved
 * from `specDir`. @throws Error when the built spec itself is invalid (a bug in the builder, not input).
 */
export async function calibratedInitSpec(
  input: InitInput,
  specDir: string,
  label: string,
  at: number,
): Promise<CalibratedSpec> {
  const tables = new Map<string, Promise<ReferenceRows>>();
  const readRows = (path: string): Promise<ReferenceRows> => {
    if (!tables.has(path)) tables.set(path, readReferenceRows(path));
    return tables.get(path) as Promise<ReferenceRows>;
  };
  const uncalibrated = new Map<string, string>(input.uncalibrated ?? []);
  for (let round = 1; ; round++) {
    const text = buildInitSpec({ ...input, uncalibrated });
    const { spec, origins } = analyzeBuilt(text, label);
    const plan: CalibrationPlan = await planCalibration(spec, origins, specDir, at, readRows);
    const failures = plan.failures.filter((f) => !uncalibrated.has(f.nodeId));
    if (failures.length === 0 || round === MAX_ROUNDS) {
      return {
        text: applyCalibration(text, plan.changes, INIT_VERSION),
        calibrated: plan.changes.length,
        uncalibrated,
      };
    }
    for (const f of failures) uncalibrated.set(f.nodeId, f.message);
  }
}

function analyzeBuilt(text: string, label: string): { spec: Spec; origins: Origins } {
  const analysis = analyzeSpec(text, label, { tolerate: new Set([UNCALIBRATED_CODE]) });
  if (analysis.errors.length > 0 || analysis.spec === undefined || analysis.origins === undefined) {
    const first = analysis.errors[0];
    throw new Error(
      `calibratedInitSpec: the spec built for ${label} is invalid${first !== undefined ? ` (${first.path}: ${first.message})` : ''}`,
    );
  }
  return { spec: analysis.spec, origins: analysis.origins };
}
