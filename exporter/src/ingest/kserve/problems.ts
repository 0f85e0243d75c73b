/** The problems of a KServe payload that does not map to its model, thrown as one 422. */
import type { Problem } from '../../spec/problem';
import { IngestError } from '../errors';

/** At most this many problems are listed in one answer. */
export const MAX_PROBLEMS = 20;

/**
 * Throws the problems found, if any, as `IngestError` `invalid` (422): nothing was applied. `what`
 * names the half, e.g. `v1 request`.
 * @throws IngestError when `problems` is not empty.
 */
export function throwIfProblems(problems: Problem[], what: string): void {
  if (problems.length === 0) return;
  throw new IngestError(
    'invalid',
    `the ${what} does not map to the model: nothing was applied`,
    problems.slice(0, MAX_PROBLEMS),
  );
}
