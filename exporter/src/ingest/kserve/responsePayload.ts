/**
 * The response half of a KServe inference as one prediction (and maybe a confidence) per instance:
 *
 * - v1 (`{"predictions": [...]}`): each element is the prediction as it is (a number or a class), a
 *   vector of class scores, or an object whose `models[].kserve.prediction` key (or only key) holds it.
 * - v2 (`{"outputs": [tensor, ...]}`): the output named by `models[].kserve.prediction`, else the only
 *   output; row `i` of it is instance `i`'s prediction.
 *
 * A vector of several numbers per instance is a classification's class scores: the class is the index
 * of the largest, and when every score lies in 0..1 (probabilities) the largest is the confidence. A
 * `models[].kserve.confidence` output (or key) gives the confidence instead: a number, or the largest of
 * a vector. Values are passed on as sent; the write path validates them. Pure: no I/O.
 */
import type { Problem } from '../../spec/problem';
import type { ModelSpec } from '../../spec/types';
import { IngestError } from '../errors';
import { isObject } from '../fieldChecks';
import { describe } from '../parseBody';
import { throwIfProblems } from './problems';
import { readTensors, tensorRow } from './tensor';

/** One prediction per instance, and where each came from in the body (for error details). */
export interface PredictionRows {
  predictions: unknown[];
  /** Per instance; undefined where the response gives none. */
  confidences: unknown[];
  /** The body path of instance `i`'s prediction or confidence, e.g. `predictions[2]`, `outputs[0].data[2]`. */
  pathOf(i: number, field: 'prediction' | 'confidence'): string;
}

interface Read {
  prediction: unknown;
  confidence: unknown;
}

const maxOf = (v: unknown): unknown =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number')
    ? Math.max(...(v as number[]))
    : v;

/**
 * A per-instance output `value`: a scalar as it is; a vector of numbers by the class-score rule (one
 * number: that number). Returns a problem message for a vector a regression cannot take. Throws nothing.
 * @example readOutput([0.1, 0.7, 0.2], 'classification') // { prediction: 1, confidence: 0.7 }
 */
export function readOutput(value: unknown, task: ModelSpec['task']): Read | string {
  if (!Array.isArray(value)) return { prediction: value, confidence: undefined };
  if (value.length === 1) return { prediction: value[0], confidence: undefined };
  if (value.length === 0 || !value.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return `expected one value or a vector of class scores (numbers), got ${value.length === 0 ? 'an empty array' : 'an array holding ' + describe(value.find((x) => typeof x !== 'number' || !Number.isFinite(x)))}`;
  if (task === 'regression')
    return `a regression model predicts one number per instance, got a vector of ${value.length}`;
  const scores = value as number[];
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  const probabilities = scores.every((s) => s >= 0 && s <= 1);
  return { prediction: best, confidence: probabilities ? scores[best] : undefined };
}

function v1Element(raw: unknown, i: number, model: ModelSpec, problems: Problem[]): Read & { key?: string } {
  const { prediction: key, confidence: confKey } = model.kserve ?? {};
  const at = `predictions[${i}]`;
  if (!isObject(raw)) {
    if (confKey !== undefined)
      problems.push({
        path: at,
        message: `got ${describe(raw)}, expected an object with the key ${JSON.stringify(confKey)} (models[].kserve.confidence)`,
      });
    const read = readOutput(raw, model.task);
    if (typeof read === 'string') problems.push({ path: at, message: read });
    return typeof read === 'string' ? { prediction: undefined, confidence: undefined } : read;
  }
  const keys = Object.keys(raw);
  const k = key ?? (keys.length === 1 ? keys[0] : undefined);
  if (k === undefined || !(k in raw)) {
    const why =
      k === undefined
        ? 'set models[].kserve.prediction to the key holding the prediction'
        : `no key ${JSON.stringify(k)} (models[].kserve.prediction)`;
    problems.push({ path: at, message: `an object with the keys ${keys.join(', ')}: ${why}` });
    return { prediction: undefined, confidence: undefined };
  }
  const read = readOutput(raw[k], model.task);
  if (typeof read === 'string') problems.push({ path: `${at}.${k}`, message: read });
  if (confKey !== undefined && !(confKey in raw))
    problems.push({ path: at, message: `no key ${JSON.stringify(confKey)} (models[].kserve.confidence)` });
  const confidence =
    confKey !== undefined ? maxOf(raw[confKey]) : typeof read === 'string' ? undefined : read.confidence;
  return { prediction: typeof read === 'string' ? undefined : read.prediction, confidence, key: k };
}

function decodeV1(predictions: unknown, model: ModelSpec): PredictionRows {
  if (!Array.isArray(predictions) || predictions.length === 0)
    throw new IngestError('malformed', 'bad v1 response body: nothing was applied', [
      { path: 'predictions', message: `expected a non-empty array, got ${describe(predictions)}` },
    ]);
  const problems: Problem[] = [];
  const reads = predictions.map((raw, i) => v1Element(raw, i, model, problems));
  throwIfProblems(problems, 'v1 response');
  const confKey = model.kserve?.confidence;
  return {
    predictions: reads.map((r) => r.prediction),
    confidences: reads.map((r) => r.confidence),
    pathOf: (i, field) => {
      const key = field === 'confidence' && confKey !== undefined ? confKey : reads[i]?.key;
      return key === undefined ? `predictions[${i}]` : `predictions[${i}].${key}`;
    },
  };
}

/** The index of the output named `name`, else the only one; pushes a problem naming the choice otherwise. */
function pickOutput(names: string[], name: string | undefined, setting: string, problems: Problem[]): number {
  if (name === undefined && names.length === 1) return 0;
  const k = name === undefined ? -1 : names.indexOf(name);
  if (k < 0)
    problems.push({
      path: 'outputs',
      message:
        name === undefined
          ? `${names.length} outputs (${names.join(', ')}): set models[].kserve.${setting} to the one holding the ${setting}`
          : `no output named ${JSON.stringify(name)} (models[].kserve.${setting}); outputs: ${names.join(', ')}`,
    });
  return k;
}

function decodeV2(outputs: unknown, model: ModelSpec): PredictionRows {
  const tensors = readTensors(outputs, 'outputs', 'response');
  const names = tensors.map((t) => t.name);
  const problems: Problem[] = [];
  const p = pickOutput(names, model.kserve?.prediction, 'prediction', problems);
  const confName = model.kserve?.confidence;
  const c = confName === undefined ? -1 : pickOutput(names, confName, 'confidence', problems);
  throwIfProblems(problems, 'v2 response');
  const rows = tensors[p].rows;
  if (c >= 0 && tensors[c].rows !== rows)
    problems.push({
      path: `outputs[${c}].shape`,
      message: `${tensors[c].rows} rows, the prediction output has ${rows}`,
    });
  const reads = Array.from({ length: rows }, (_, i) => {
    const read = readOutput(tensorRow(tensors[p], i), model.task);
    if (typeof read === 'string') problems.push({ path: `outputs[${p}].data[${i}]`, message: read });
    return typeof read === 'string' ? { prediction: undefined, confidence: undefined } : read;
  });
  throwIfProblems(problems, 'v2 response');
  return {
    predictions: reads.map((r) => r.prediction),
    confidences: reads.map((r, i) => (c >= 0 ? maxOf(tensorRow(tensors[c], i)) : r.confidence)),
    pathOf: (i, field) => `outputs[${field === 'confidence' && c >= 0 ? c : p}].data[${i}]`,
  };
}

/**
 * The predictions of a response body (parsed JSON): v1 when it has `predictions`, v2 when `outputs` is
 * an array of tensors. O(values).
 * @throws IngestError `malformed` (400) for a body of neither protocol or broken tensors, `invalid`
 *   (422) for outputs that do not map to the model, naming the body path of each.
 * @example decodeResponse({ predictions: [1, 1] }, model).predictions // [1, 1]
 */
export function decodeResponse(body: unknown, model: ModelSpec): PredictionRows {
  if (isObject(body) && 'predictions' in body) return decodeV1(body.predictions, model);
  if (isObject(body) && Array.isArray(body.outputs)) return decodeV2(body.outputs, model);
  throw new IngestError('malformed', 'not a KServe inference response: nothing was applied', [
    {
      path: '$',
      message: `expected {"predictions": [...]} (v1) or {"outputs": [tensor, ...]} (v2), got ${describe(body)}`,
    },
  ]);
}
