/**
 * `loadSpecFile`: the I/O edge of the loader. Reads the file, hashes its bytes, parses it, and checks
 * that the reference files it names exist (relative to the spec's directory).
 */
import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { sortIssues, type PendingIssue } from './issues';
import { analyzeSpec, finish, sha256Hex, type Analysis, type AnalyzeOptions, type LoadedSpec } from './parse';

/** The spec file itself could not be read (missing, a directory, no permission). */
export class SpecReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`cannot read spec file '${file}': ${reason}`);
    this.name = 'SpecReadError';
  }
}

const READ_REASONS: Record<string, string> = {
  ENOENT: 'the file does not exist',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

/** Reads a spec file: its bytes (for the hash) and text; `label` names it in the error. @throws SpecReadError */
export async function readSpecFile(path: string, label = path): Promise<{ bytes: Buffer; text: string }> {
  try {
    const bytes = await readFile(path);
    return { bytes, text: bytes.toString('utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SpecReadError(
      label,
      (code !== undefined ? READ_REASONS[code] : undefined) ?? (err as Error).message,
    );
  }
}

/**
 * Loads and validates a spec file; the hash is of the file's bytes.
 *
 * @throws SpecReadError when the file cannot be read; SpecError listing every problem, including
 *   reference files that do not exist.
 * @example (await loadSpecFile('exporter/examples/realistic.yaml')).spec.models.map((m) => m.id) // ['fraud', 'recs']
 */
export async function loadSpecFile(path: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const { analysis, sha256, baseDir, label } = await analyzeSpecFile(path, options);
  return finish(analysis, sha256, label, baseDir);
}

export interface LoadOptions extends AnalyzeOptions {
  /** How the file is named in issues (e.g. the path as the user typed it); default `path`. */
  label?: string;
}

/** Reads and analyzes a spec file, reference files included, without throwing on spec errors. @throws SpecReadError */
export async function analyzeSpecFile(
  path: string,
  options: LoadOptions = {},
): Promise<{ analysis: Analysis; text: string; sha256: string; baseDir: string; label: string }> {
  const label = options.label ?? path;
  const { bytes, text } = await readSpecFile(path, label);
  const baseDir = dirname(resolve(path));
  const analysis = analyzeSpec(text, label, options);
  await addMissingReferenceFiles(analysis, baseDir);
  return { analysis, text, sha256: sha256Hex(bytes), baseDir, label };
}

/** Adds an error for every `models[].reference.file` that does not exist or cannot be read. */
export async function addMissingReferenceFiles(analysis: Analysis, baseDir: string): Promise<void> {
  const { spec, origins } = analysis;
  if (spec === undefined || origins === undefined) return;
  const missing: PendingIssue[] = [];
  await Promise.all(
    spec.models.map(async (model, i) => {
      if (model.reference === undefined || !('file' in model.reference)) return;
      const absolute = resolve(baseDir, model.reference.file);
      try {
        await access(absolute, constants.R_OK);
      } catch {
        missing.push({
          path: ['models', origins.models[i] ?? i, 'reference', 'file'],
          message: `reference file '${model.reference.file}' not found or not readable (looked at ${absolute})`,
          severity: 'error',
        });
      }
    }),
  );
  if (missing.length === 0) return;
  analysis.errors = sortIssues([...analysis.errors, ...missing.map(analysis.position)]);
}
