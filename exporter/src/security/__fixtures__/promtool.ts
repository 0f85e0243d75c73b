/** Runs the installed `promtool` (Prometheus 2.42) with a 30 s bound; output and exit code for assertions. */
import { spawnSync } from 'node:child_process';

export interface PromtoolRun {
  code: number | null;
  output: string;
}

export function promtool(args: string[], stdin?: string): PromtoolRun {
  const run = spawnSync('promtool', args, { input: stdin, encoding: 'utf8', timeout: 30_000 });
  if (run.error !== undefined) throw new Error(`promtool ${args.join(' ')}: ${run.error.message}`);
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}
