/**
 * JSON form of a reference profile, for the durable store: typed arrays become number arrays and maps
 * become entry lists, so `referenceFromJSON(JSON.parse(JSON.stringify(referenceToJSON(p))))` equals `p`.
 */
import type { ColumnReference, ReferenceProfile, ReferenceRowSample } from './reference';

export type ColumnJSON =
  | {
      type: 'numeric';
      sorted: number[];
      count: number;
      missing: number;
      uniqueCount: number;
      mean: number;
      std: number;
    }
  | {
      type: 'categorical' | 'binary';
      counts: Array<[string, number]>;
      count: number;
      missing: number;
      uniqueCount: number;
    };

export interface ReferenceJSON {
  format: 'mlhealth-reference/1';
  model: string;
  rows: number;
  takenAt: number | null;
  columns: Array<[string, ColumnJSON]>;
  prediction: ColumnJSON | null;
  importance: Array<[string, number]> | null;
  /** Whole rows for multivariate_drift (absent when the model has no such node). */
  rowSample?: ReferenceRowSample;
}

function columnToJSON(c: ColumnReference): ColumnJSON {
  if (c.type === 'numeric') return { ...c, sorted: Array.from(c.sorted) };
  return { ...c, counts: [...c.counts] };
}

function columnFromJSON(c: ColumnJSON): ColumnReference {
  if (c.type === 'numeric') return { ...c, sorted: Float64Array.from(c.sorted) };
  return { ...c, counts: new Map(c.counts) };
}

/** The JSON-safe form of a profile. Complexity O(size of the profile). Throws nothing. */
export function referenceToJSON(profile: ReferenceProfile): ReferenceJSON {
  return {
    format: 'mlhealth-reference/1',
    model: profile.model,
    rows: profile.rows,
    takenAt: profile.takenAt,
    columns: [...profile.columns].map(([name, c]) => [name, columnToJSON(c)]),
    prediction: profile.prediction ? columnToJSON(profile.prediction) : null,
    importance: profile.importance ? [...profile.importance] : null,
    ...(profile.rowSample === undefined ? {} : { rowSample: profile.rowSample }),
  };
}

/**
 * A profile from its JSON form. Throws when `json.format` is not `mlhealth-reference/1`, so a store
 * written by another version is refused loudly rather than misread.
 */
export function referenceFromJSON(json: ReferenceJSON): ReferenceProfile {
  if (json?.format !== 'mlhealth-reference/1') {
    throw new Error(`referenceFromJSON: format is ${String(json?.format)}, expected mlhealth-reference/1`);
  }
  return {
    model: json.model,
    rows: json.rows,
    takenAt: json.takenAt,
    columns: new Map(json.columns.map(([name, c]) => [name, columnFromJSON(c)])),
    prediction: json.prediction ? columnFromJSON(json.prediction) : null,
    importance: json.importance ? new Map(json.importance) : null,
    ...(json.rowSample === undefined ? {} : { rowSample: json.rowSample }),
  };
}
