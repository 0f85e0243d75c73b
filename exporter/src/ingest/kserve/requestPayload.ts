/**
 * The request half of a KServe inference as feature rows, one per instance. Two protocols:
 *
 * - v1 (`{"instances": [...]}`, KServe's V1 data plane): an instance that is an array is positional,
 *   mapped to the model's features in spec order; an object maps by name; a scalar is the value of a
 *   one-feature model.
 * - v2 (Open Inference Protocol, `{"inputs": [tensor, ...]}`): tensors named after features give one
 *   value per row each (shape `[N]` or `[N, 1]`); or a single tensor of any other name with shape
 *   `[N, F]`, F the number of features, is positional like a v1 array (KServe's own examples send
 *   `input-0` so).
 *
 * Values are passed on as sent; the write path validates their types. Pure: no I/O.
 */
import type { Problem } from '../../spec/problem';
import type { ModelSpec } from '../../spec/types';
import { IngestError } from '../errors';
import { rowTemplate, withFastProperties } from '../fastObjects';
import { isObject } from '../fieldChecks';
import { describe } from '../parseBody';
import { throwIfProblems } from './problems';
import { readTensors, type Tensor } from './tensor';

/** Feature rows of one request, and where each value came from in the body (for error details). */
export interface FeatureRows {
  /** One `features` object per instance. */
  rows: Record<string, unknown>[];
  /** The body path of feature `name` of instance `i`, e.g. `instances[3][1]` or `inputs[2].data[3]`. */
  pathOf(i: number, name: string): string;
}

function featureList(model: ModelSpec): string {
  return model.features.map((f) => f.name).join(', ');
}

/** The model's feature names in spec order, and a row template of them (fastObjects.ts). */
interface RowShape {
  names: string[];
  template: Record<string, unknown>;
}

function rowShape(model: ModelSpec): RowShape {
  const names = model.features.map((f) => f.name);
  return { names, template: rowTemplate(names) };
}

/** A row whose k-th feature (spec order) is `valueAt(k)`: a copy of the template, fast at any width. */
function positionalRow(shape: RowShape, valueAt: (k: number) => unknown): Record<string, unknown> {
  const row = { ...shape.template };
  for (let k = 0; k < shape.names.length; k++) row[shape.names[k]] = valueAt(k);
  return row;
}

function v1Instance(
  raw: unknown,
  i: number,
  model: ModelSpec,
  shape: RowShape,
  problems: Problem[],
): Record<string, unknown> {
  const { names } = shape;
  let row: Record<string, unknown> = {};
  if (Array.isArray(raw)) {
    if (raw.length !== names.length)
      problems.push({
        path: `instances[${i}]`,
        message: `holds ${raw.length} values; model ${model.id} has ${names.length} features, in spec order: ${featureList(model)}`,
      });
    row = positionalRow(shape, (k) => raw[k]);
  } else if (isObject(raw)) {
    for (const key of Object.keys(raw)) {
      if (!names.includes(key))
        problems.push({
          path: `instances[${i}].${key}`,
          message: `model ${model.id} has no feature ${JSON.stringify(key)} (features: ${featureList(model)})`,
        });
    }
    for (const name of names) if (name in raw) row[name] = raw[name];
    row = withFastProperties(row, names.length);
  } else if (names.length === 1) row[names[0]] = raw;
  else
    problems.push({
      path: `instances[${i}]`,
      message: `got ${describe(raw)}: expected an array in spec order (${featureList(model)}) or an object of feature name → value`,
    });
  return row;
}

function decodeV1(instances: unknown, model: ModelSpec): FeatureRows {
  if (!Array.isArray(instances) || instances.length === 0)
    throw new IngestError('malformed', 'bad v1 request body: nothing was applied', [
      { path: 'instances', message: `expected a non-empty array of instances, got ${describe(instances)}` },
    ]);
  const problems: Problem[] = [];
  const shape = rowShape(model);
  const rows = instances.map((raw, i) => v1Instance(raw, i, model, shape, problems));
  throwIfProblems(problems, 'v1 request');
  const positional = instances.map((raw) => Array.isArray(raw));
  const index = new Map(model.features.map((f, k) => [f.name, k]));
  return {
    rows,
    pathOf: (i, name) =>
      positional[i] === true
        ? `instances[${i}][${index.get(name) ?? name}]`
        : model.features.length === 1 && !isObject(instances[i])
          ? `instances[${i}]`
          : `instances[${i}].${name}`,
  };
}

function namedRows(tensors: Tensor[], model: ModelSpec, problems: Problem[]): FeatureRows | null {
  const names = new Set(model.features.map((f) => f.name));
  const rows = tensors[0].rows;
  tensors.forEach((t, k) => {
    if (!names.has(t.name))
      problems.push({
        path: `inputs[${k}].name`,
        message: `model ${model.id} has no feature ${JSON.stringify(t.name)} (features: ${featureList(model)}); a single tensor of shape [N, ${names.size}] is read in spec order`,
      });
    else if (t.width !== 1 || t.shape.length > 2)
      problems.push({
        path: `inputs[${k}].shape`,
        message: `expected [N] or [N, 1] for feature ${t.name}, got [${t.shape.join(', ')}]`,
      });
    else if (t.rows !== rows)
      problems.push({ path: `inputs[${k}].shape`, message: `${t.rows} rows, but inputs[0] has ${rows}` });
  });
  if (problems.length > 0) return null;
  const at = new Map(tensors.map((t, k) => [t.name, k]));
  const out = Array.from({ length: rows }, (_, i) => {
    const row: Record<string, unknown> = {};
    for (const f of model.features) {
      const k = at.get(f.name);
      if (k !== undefined) row[f.name] = tensors[k].values[i];
    }
    return withFastProperties(row, tensors.length);
  });
  return { rows: out, pathOf: (i, name) => `inputs[${at.get(name) ?? '?'}].data[${i}]` };
}

function positionalRows(t: Tensor, model: ModelSpec): FeatureRows {
  const shape = rowShape(model);
  const rows = Array.from({ length: t.rows }, (_, i) =>
    positionalRow(shape, (k) => t.values[i * t.width + k]),
  );
  const index = new Map(shape.names.map((n, k) => [n, k]));
  return { rows, pathOf: (i, name) => `inputs[0].data[${i}][${index.get(name) ?? name}]` };
}

/** One tensor not named after a feature, `[N, F]` (or `[N]` for a one-feature model): read in spec order. */
function isPositional(tensors: Tensor[], model: ModelSpec): boolean {
  if (tensors.length !== 1) return false;
  const [t] = tensors;
  const n = model.features.length;
  if (model.features.some((f) => f.name === t.name)) return false;
  return (t.shape.length === 2 && t.width === n) || (n === 1 && t.shape.length === 1);
}

function decodeV2(inputs: unknown, model: ModelSpec): FeatureRows {
  const tensors = readTensors(inputs, 'inputs', 'request');
  const problems: Problem[] = [];
  const rows = isPositional(tensors, model)
    ? positionalRows(tensors[0], model)
    : namedRows(tensors, model, problems);
  throwIfProblems(problems, 'v2 request');
  if (rows === null || rows.rows.length === 0)
    throw new IngestError('invalid', 'the v2 request holds no instances: nothing was applied', [
      { path: 'inputs[0].shape', message: 'the first dimension (the batch) is 0' },
    ]);
  return rows;
}

/**
 * The feature rows of a request body (parsed JSON): v1 when it has `instances`, v2 when `inputs` is an
 * array of tensors. O(values).
 * @throws IngestError `malformed` (400) for a body of neither protocol or broken tensors, `invalid`
 *   (422) for instances that do not map to the model's features, naming the body path of each.
 * @example decodeRequest({ instances: [[6.8, 2.8]] }, model).rows // [{ a: 6.8, b: 2.8 }] for features a, b
 */
export function decodeRequest(body: unknown, model: ModelSpec): FeatureRows {
  if (isObject(body) && 'instances' in body) return decodeV1(body.instances, model);
  if (isObject(body) && Array.isArray(body.inputs)) return decodeV2(body.inputs, model);
  const columnar =
    isObject(body) && 'inputs' in body ? ' (the columnar v1 "inputs" form is not supported)' : '';
  throw new IngestError('malformed', 'not a KServe inference request: nothing was applied', [
    {
      path: '$',
      message: `expected {"instances": [...]} (v1) or {"inputs": [tensor, ...]} (v2), got ${describe(body)}${columnar}`,
    },
  ]);
}
