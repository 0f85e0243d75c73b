/**
 * Reference profiles from the files a spec names (`models[].reference.file`, relative to the spec's
 * directory), loaded once at start-up. A reference that cannot be read or validated stops the start:
 * a model silently compared with nothing would report drift as unknown forever.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { validateReferenceRows } from './validateReference';
import { buildReferenceProfile, type ReferenceProfile } from '../signals/reference';
import { DEFAULT_MONITOR_OPTIONS } from '../signals/types';
import { multivariateReservoir } from '../signals/layout';
import type { ModelSpec, NodeSpec } from '../spec/types';
import { readAllRecords } from '../dataset/readRecords';

/**
 * The reference profile of `model` from its reference file, or null when the model has none (or a
 * pinned window, which the monitor builds from events). `takenAt` overrides the reference time; by
 * default it is the spec's `reference_taken_at`, else the file's modification time. Whole rows are kept
 * for the model's multivariate_drift nodes among `nodes` (as many as their largest `reservoir`).
 * Throws an Error naming the model, the file and every problem.
 */
export async function loadReferenceFile(
  model: ModelSpec,
  baseDir: string,
  takenAt?: number,
  nodes: readonly NodeSpec[] = [],
): Promise<ReferenceProfile | null> {
  if (model.reference === undefined || !('file' in model.reference)) return null;
  const path = resolve(baseDir, model.reference.file);
  const records = await readAllRecords(path);
  const validated = validateReferenceRows(model, records);
  if (!validated.ok) {
    const problems = validated.details.map((d) => `${d.path}: ${d.message}`).join('; ');
    throw new Error(`loadReferenceFile: model ${model.id}: reference ${path} is invalid: ${problems}`);
  }
  const when = takenAt ?? model.reference_taken_at ?? (await stat(path)).mtimeMs / 1000;
  const rowSample = multivariateReservoir(nodes.filter((n) => n.model === model.id));
  return buildReferenceProfile(model, validated.rows, when, { ...DEFAULT_MONITOR_OPTIONS, rowSample });
}
