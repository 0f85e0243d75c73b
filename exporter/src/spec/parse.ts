/**
 * `parseSpec`: YAML text → validated `Spec` with defaults, or a `SpecError` carrying every problem.
 * The pipeline: YAML (positions) → JSON Schema (ajv) → keep the sound parts → convert with defaults →
 * semantic checks → position every issue. Nothing is returned half-loaded.
 */
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { cascadeSpecProblems } from './semantic/cascade';
import { pointerToPath } from './ajvErrors';
import { convertSpec, type Origins } from './convert';
import { SpecError, formatPath, sortIssues, type PendingIssue, type SpecIssue } from './issues';
import { salvage } from './salvage';
import { runSemanticChecks } from './semantic';
import type { Spec } from './types';
import { validateAgainstSchema } from './validateSchema';
import { parseYaml } from './yamlDocument';

export interface LoadedSpec {
  spec: Spec;
  /** sha256 (hex) of the file's bytes (of the text's UTF-8 bytes for `parseSpec`). */
  sha256: string;
  file: string;
  /** Directory that relative paths in the spec (reference files) are resolved against. */
  baseDir: string;
  warnings: SpecIssue[];
}

export interface AnalyzeOptions {
  /** Issue codes to let through (calibrate tolerates derive-only thresholds it is about to compute). */
  tolerate?: ReadonlySet<string>;
}

export interface Analysis {
  /** The converted spec, when the document got as far as conversion (even if it has errors). */
  spec: Spec | undefined;
  errors: SpecIssue[];
  warnings: SpecIssue[];
  /** Where the models, nodes … of `spec` are written: positions a pending issue (for checks done later, e.g. on files). */
  position: (issue: PendingIssue) => SpecIssue;
  /** File index of each kept element of each section (see `Origins`). */
  origins: Origins | undefined;
}

/** Every issue of a spec text, positioned and sorted; the spec when it could be converted. */
export function analyzeSpec(text: string, file: string, options: AnalyzeOptions = {}): Analysis {
  const yaml = parseYaml(text, file);
  const position = (p: PendingIssue): SpecIssue => ({
    file,
    ...yaml.locate(p.path, p.atKey),
    path: formatPath(p.path),
    message: p.message,
    severity: p.severity,
  });
  const split = (issues: SpecIssue[], spec: Spec | undefined, origins: Origins | undefined): Analysis => ({
    spec,
    errors: sortIssues(issues.filter((i) => i.severity === 'error')),
    warnings: sortIssues(issues.filter((i) => i.severity === 'warning')),
    position,
    origins,
  });
  const syntaxErrors = yaml.syntaxIssues.filter((i) => i.severity === 'error');
  if (syntaxErrors.length > 0) {
    // Never load a spec with a syntax error, but report what else is wrong where the document still
    // parses around it (issues on a line with a syntax error are that error's echo: left out).
    if (typeof yaml.data !== 'object' || yaml.data === null)
      return split(yaml.syntaxIssues, undefined, undefined);
    const lines = new Set(syntaxErrors.map((i) => i.line));
    const around = checkData(yaml.data, options)
      .pending.map(position)
      .filter((i) => !lines.has(i.line));
    return split([...yaml.syntaxIssues, ...around], undefined, undefined);
  }
  const { pending, spec, origins } = checkData(yaml.data, options);
  return split([...yaml.syntaxIssues, ...pending.map(position)], spec, origins);
}

/** Schema, conversion, semantic and engine checks of parsed data; the spec when it could be converted. */
function checkData(
  data: unknown,
  options: AnalyzeOptions,
): { pending: PendingIssue[]; spec: Spec | undefined; origins: Origins | undefined } {
  const pending: PendingIssue[] = validateAgainstSchema(data);
  const sound = salvage(data, pending);
  let spec: Spec | undefined;
  if (sound !== undefined) {
    spec = convertSpec(sound.raw, sound.origins, (path, message, code) =>
      pending.push({ path, message, severity: 'error', ...(code !== undefined ? { code } : {}) }),
    );
    pending.push(
      ...runSemanticChecks({
        spec,
        origins: sound.origins,
        unresolved: sound.unresolved,
        allIds: sound.allIds,
      }),
    );
    // The engine's own precondition, as a last line: whatever it would refuse is a load error too.
    if (!pending.some((p) => p.severity === 'error')) pending.push(...engineProblems(spec, data));
  }
  const kept = pending.filter((p) => p.code === undefined || options.tolerate?.has(p.code) !== true);
  return { pending: kept, spec, origins: sound?.origins };
}

/** `cascadeSpecProblems` (the cascade engine's check) as pending issues, paths mapped from its JSON pointers. */
function engineProblems(spec: Spec, data: unknown): PendingIssue[] {
  return cascadeSpecProblems(spec).map((p) => ({
    path: pointerToPath(p.path, data),
    message: `cascade engine: ${p.message}`,
    severity: 'error' as const,
  }));
}

/** sha256 hex of UTF-8 text or raw bytes. */
export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Parses and validates a spec from its text. Pure: no I/O (reference files are checked by `loadSpecFile`).
 *
 * @throws SpecError listing every error (YAML syntax, schema, semantic) with file, line, column and path.
 * @example parseSpec(text, 'specs/fraud.yaml').spec.nodes.length // 24
 */
export function parseSpec(text: string, file: string): LoadedSpec {
  return finish(analyzeSpec(text, file), sha256Hex(text), file, dirname(file));
}

/** Turns an analysis into a `LoadedSpec`, or throws `SpecError` when it has errors. */
export function finish(analysis: Analysis, sha256: string, file: string, baseDir: string): LoadedSpec {
  if (analysis.errors.length > 0 || analysis.spec === undefined) {
    throw new SpecError(analysis.errors, analysis.warnings);
  }
  return { spec: analysis.spec, sha256, file, baseDir, warnings: analysis.warnings };
}
