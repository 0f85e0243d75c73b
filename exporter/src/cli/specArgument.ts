/**
 * The SPEC argument of the what-if, dependency and audit commands: exactly one file, loaded through
 * the spec loader; a spec with problems prints them (file:line:column) and fails with exit 2.
 */
import { resolve } from 'node:path';
import { formatIssueForCli, loadSpecFile, SpecError, SpecReadError, type LoadedSpec } from '../spec';
import { UsageError, type CliIO } from './io';

/** The one positional SPEC argument; throws UsageError when there is none or more than one. */
export function onlySpecArgument(positionals: readonly string[]): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      `expected one SPEC file, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`,
    );
  }
  return positionals[0] as string;
}

/** Loads the spec, printing every problem to stderr and throwing UsageError when it is invalid. */
export async function loadSpecArgument(file: string, io: CliIO): Promise<LoadedSpec> {
  try {
    return await loadSpecFile(resolve(io.cwd, file), { label: file });
  } catch (err) {
    if (err instanceof SpecReadError) throw new UsageError(err.message);
    if (!(err instanceof SpecError)) throw err;
    io.stderr([...err.issues, ...err.warnings].map((i) => `${formatIssueForCli(i)}\n`).join(''));
    throw new UsageError(
      `${file} is not a valid spec (${err.issues.length} error${err.issues.length === 1 ? '' : 's'})`,
    );
  }
}
