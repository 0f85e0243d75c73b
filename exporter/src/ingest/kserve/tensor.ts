/**
 * One tensor of the Open Inference Protocol (KServe's v2 protocol) as its REST binding writes it:
 * `{name, shape, datatype, data, parameters?}`, `data` in row-major order, nested like the shape or
 * flat (kserve/open-inference-protocol `specification/protocol/inference_rest.md`, "Tensor Data").
 * The first dimension is the batch: row `i` of a `[N, K]` tensor is its elements `i·K … i·K+K−1`.
 * Pure: no I/O.
 */
import type { Problem } from '../../spec/problem';
import { isObject } from '../fieldChecks';
import { IngestError } from '../errors';
import { describe } from '../parseBody';
import { MAX_PROBLEMS } from './problems';

/** The data types of the protocol's "Tensor Data Types" table. */
export const OIP_DATATYPES: ReadonlySet<string> = new Set([
  'BOOL',
  'UINT8',
  'UINT16',
  'UINT32',
  'UINT64',
  'INT8',
  'INT16',
  'INT32',
  'INT64',
  'FP16',
  'FP32',
  'FP64',
  'BF16',
  'BYTES',
]);

/** A tensor read whole: its elements flat in row-major order, `rows` × `width` of them. */
export interface Tensor {
  name: string;
  shape: number[];
  datatype: string;
  values: unknown[];
  /** The first dimension (1 for a scalar tensor). */
  rows: number;
  /** Elements per row: the product of the other dimensions (1 for a rank-1 tensor). */
  width: number;
}

function shapeOf(raw: unknown, path: string, problems: Problem[]): number[] | null {
  if (Array.isArray(raw) && raw.every((d) => Number.isSafeInteger(d) && (d as number) >= 0))
    return raw as number[];
  problems.push({
    path: `${path}.shape`,
    message: `expected an array of dimensions (integers ≥ 0), got ${JSON.stringify(raw) ?? 'nothing'}`,
  });
  return null;
}

/** `data` flattened in row-major order, or a problem when it holds objects or nests deeper than the shape. */
function flatten(data: unknown[], depth: number, path: string, problems: Problem[]): unknown[] | null {
  const out: unknown[] = [];
  const stack: Array<{ items: unknown[]; at: number; level: number }> = [{ items: data, at: 0, level: 1 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.at === top.items.length) {
      stack.pop();
      continue;
    }
    const item = top.items[top.at++];
    if (Array.isArray(item) && top.level < depth) stack.push({ items: item, at: 0, level: top.level + 1 });
    else if (Array.isArray(item) || isObject(item)) {
      problems.push({
        path: `${path}.data`,
        message: `element ${out.length} is ${describe(item)}: expected numbers, strings or booleans nested at most as deep as the shape`,
      });
      return null;
    } else out.push(item);
  }
  return out;
}

/**
 * Reads tensor `raw` found at `path` (e.g. `inputs[0]`), pushing every problem onto `problems`. Checks
 * the name, the shape (dimensions ≥ 0), the data type (the protocol's table) and that `data` holds
 * exactly as many elements as the shape says. The binary-data extension (no `data`) is refused.
 * O(elements). Throws nothing.
 * @example readTensor({ name: 'input-0', shape: [2, 2], datatype: 'FP32', data: [[1, 2], [3, 4]] },
 *   'inputs[0]', []) // { name: 'input-0', shape: [2, 2], datatype: 'FP32', values: [1, 2, 3, 4], rows: 2, width: 2 }
 */
export function readTensor(raw: unknown, path: string, problems: Problem[]): Tensor | null {
  if (!isObject(raw)) {
    problems.push({ path, message: `expected a tensor {name, shape, datatype, data}, got ${describe(raw)}` });
    return null;
  }
  const before = problems.length;
  const name = typeof raw.name === 'string' && raw.name !== '' ? raw.name : null;
  if (name === null) problems.push({ path: `${path}.name`, message: 'expected a non-empty string' });
  const shape = shapeOf(raw.shape, path, problems);
  const datatype = typeof raw.datatype === 'string' ? raw.datatype : '';
  if (!OIP_DATATYPES.has(datatype))
    problems.push({
      path: `${path}.datatype`,
      message: `got ${describe(raw.datatype)}, expected one of ${[...OIP_DATATYPES].join(', ')}`,
    });
  if (!Array.isArray(raw.data)) {
    const binary = raw.data === undefined ? ' (the binary tensor data extension is not supported)' : '';
    problems.push({ path: `${path}.data`, message: `expected an array, got ${describe(raw.data)}${binary}` });
  }
  if (problems.length > before || shape === null || name === null || !Array.isArray(raw.data)) return null;
  const values = flatten(raw.data, Math.max(shape.length, 1), path, problems);
  if (values === null) return null;
  const count = shape.reduce((a, b) => a * b, 1);
  if (values.length !== count) {
    problems.push({
      path: `${path}.data`,
      message: `holds ${values.length} elements, the shape [${shape.join(', ')}] says ${count}`,
    });
    return null;
  }
  const rows = shape.length === 0 ? 1 : shape[0];
  const width = shape.slice(1).reduce((a, b) => a * b, 1);
  return { name, shape, datatype, values, rows, width };
}

/**
 * Row `i` of `tensor`: its one element when the width is 1, else its `width` elements.
 * @example tensorRow({ name: 'p', shape: [2, 2], datatype: 'FP32', values: [0.1, 0.9, 0.8, 0.2], rows: 2, width: 2 }, 1) // [0.8, 0.2]
 */
export function tensorRow(tensor: Tensor, i: number): unknown {
  if (tensor.width === 1) return tensor.values[i];
  return tensor.values.slice(i * tensor.width, (i + 1) * tensor.width);
}

/**
 * Reads every tensor of a body's `inputs` or `outputs` array (`what`: `request` or `response`).
 * @throws IngestError `malformed` (400) listing what is wrong with each tensor, by its path.
 */
export function readTensors(raw: unknown, at: 'inputs' | 'outputs', what: string): Tensor[] {
  const problems: Problem[] = [];
  if (!Array.isArray(raw) || raw.length === 0)
    problems.push({ path: at, message: `expected a non-empty array of tensors, got ${describe(raw)}` });
  const tensors = Array.isArray(raw) ? raw.map((t, k) => readTensor(t, `${at}[${k}]`, problems)) : [];
  if (problems.length > 0)
    throw new IngestError(
      'malformed',
      `bad v2 ${what} body: nothing was applied`,
      problems.slice(0, MAX_PROBLEMS),
    );
  return tensors as Tensor[];
}
