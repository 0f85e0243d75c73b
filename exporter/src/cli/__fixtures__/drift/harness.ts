/** Runs `mlhealth drift` in-process with captured output, for the drift tests. */
import { join } from 'node:path';
import { runCli } from '../../main';

export const FIXTURES = __dirname;

export interface Feature {
  name: string;
  type: string;
  method: string;
  statistic: number | null;
  p_value: number | null;
  p_value_unadjusted: number | null;
  threshold: number;
  drifted: boolean | null;
  missing_ratio_reference: number;
  missing_ratio_current: number;
  method_reason: string;
  error: string | null;
}

export interface Report {
  reference_rows: number;
  current_rows: number;
  features: Feature[];
  drifted_features: number;
  drift_share: number;
  dataset_drifted: boolean;
  tested_features: number;
  untested_features: number;
}

export async function drift(
  args: string[],
  cwd = FIXTURES,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), cwd, env: {} };
  const code = await runCli(['drift', ...args], io);
  return { code, out, err };
}

/** Runs with `--format json`, expects exit 0 and no stderr, and returns the parsed report. */
export async function driftJson(args: string[], cwd = FIXTURES): Promise<Report> {
  const { code, out, err } = await drift([...args, '--format', 'json'], cwd);
  if (code !== 0 || err !== '') throw new Error(`drift exited ${code}: ${err}`);
  return JSON.parse(out) as Report;
}

export const fixture = (name: string) => join(FIXTURES, name);
