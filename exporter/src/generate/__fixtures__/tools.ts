/**
 * Test helpers that run the real Prometheus/Alertmanager tools and write generated files to a
 * temporary directory.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../outputs';

export interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` synchronously (bounded by `timeoutMs`) and returns its exit status and output. */
export function runTool(command: string, args: string[], cwd?: string, timeoutMs = 60_000): ToolResult {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: timeoutMs });
  if (r.error !== undefined) throw new Error(`runTool: ${command} failed to run: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes generated files into a fresh temporary directory and returns it. */
export function writeTemp(files: readonly GeneratedFile[], prefix = 'mlhealth-gen-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  return dir;
}
