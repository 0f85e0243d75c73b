/**
 * The write side's one error: what went wrong (`kind`), a sentence, and every problem with its path.
 * Ingest never speaks HTTP; `server/errors.ts` maps each kind to a status code (unknown_model 404,
 * malformed 400, too_large 413, invalid 422, misdirected 421: a model another exporter shard serves).
 */
import type { Problem } from '../spec/problem';

export type IngestErrorKind = 'unknown_model' | 'misdirected' | 'malformed' | 'too_large' | 'invalid';

export class IngestError extends Error {
  constructor(
    readonly kind: IngestErrorKind,
    message: string,
    readonly details: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
