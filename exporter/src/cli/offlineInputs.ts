/**
 * Offline cascade inputs for `mlhealth scenario` and `mlhealth deps`: the healthy baseline, or the
 * observations of `--inputs FILE` laid over it; `--now` pins the clock.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CascadeInputs } from '../cascade/types';
import { parseTimestamp } from '../spec/timestamp';
import type { Spec } from '../spec/types';
import { healthyInputs } from '../whatif/baseline';
import { inputsFromJson } from '../whatif/inputsJson';
import { UsageError, type CliIO } from './io';

export interface OfflineInputs {
  inputs: CascadeInputs;
  /** `healthy`, or the --inputs file as given. */
  baseline: string;
  /** Base nodes the inputs file does not mention (kept at their healthy baseline). */
  assumedHealthy: string[];
}

/** `--now` as Unix seconds, or the wall clock. */
export function nowOption(value: string | undefined): number {
  if (value === undefined) return Date.now() / 1000;
  try {
    return parseTimestamp(/^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value);
  } catch (err) {
    throw new UsageError(`--now '${value}': ${(err as Error).message.replace(/^parseTimestamp: /, '')}`);
  }
}

/** Reads `--inputs FILE` (JSON, see docs/whatif.md) or builds the healthy baseline. */
export async function offlineInputs(
  spec: Spec,
  file: string | undefined,
  now: number,
  io: CliIO,
): Promise<OfflineInputs> {
  if (file === undefined)
    return { inputs: healthyInputs(spec, now), baseline: 'healthy', assumedHealthy: [] };
  let json: unknown;
  try {
    json = JSON.parse(await readFile(resolve(io.cwd, file), 'utf8'));
  } catch (err) {
    throw new UsageError(`--inputs ${file}: ${(err as Error).message}`);
  }
  const parsed = inputsFromJson(spec, json, now);
  if (!parsed.ok) {
    io.stderr(
      parsed.issues.map((i) => `${file}: ${i.path === '' ? '(file)' : i.path}: ${i.message}\n`).join(''),
    );
    throw new UsageError(
      `--inputs ${file} has ${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}`,
    );
  }
  return { inputs: parsed.inputs, baseline: file, assumedHealthy: parsed.assumedHealthy };
}

/**
 * `--exposure NODE=VALUE` options laid over the inputs: what a source would read for an exposure, so the
 * baseline (and every scenario on it) can be priced offline.
 */
export function withExposures(spec: Spec, inputs: CascadeInputs, texts: readonly string[]): CascadeInputs {
  if (texts.length === 0) return inputs;
  const exposures = new Map(inputs.exposures);
  for (const text of texts) {
    const [node, value] = keyValue('exposure', text);
    const exposure = spec.nodes.find((n) => n.id === node)?.impact?.exposure;
    if (exposure === undefined) {
      throw new UsageError(
        `--exposure '${text}': no node '${node}' with an impact model in spec ${spec.name}`,
      );
    }
    if ('constant' in exposure) {
      throw new UsageError(
        `--exposure '${text}': ${node} has a constant exposure (${exposure.constant}); --exposure gives readings of exposures read from a source`,
      );
    }
    exposures.set(node, amountOf('exposure', text, value));
  }
  return { ...inputs, exposures };
}

/** `NODE=VALUE` of an option, split at the first `=`; throws UsageError naming the option. */
export function keyValue(option: string, text: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0 || at === text.length - 1) throw new UsageError(`--${option} '${text}' is not NAME=VALUE`);
  return [text.slice(0, at), text.slice(at + 1)];
}

/** A non-negative finite number of an option's value; throws UsageError naming the option. */
export function amountOf(option: string, whole: string, value: string): number {
  const n = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`--${option} '${whole}': '${value}' is not a non-negative number`);
  return n;
}
