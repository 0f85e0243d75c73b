/**
 * Validates raw spec data against `SPEC_SCHEMA` with ajv (allErrors) and turns ajv's errors into
 * positioned-later issues with readable messages: one message per problem, union noise collapsed.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { PendingIssue } from './issues';
import { SPEC_SCHEMA } from './schema';
import { simplifyErrors } from './ajvErrors';

let compiled: ValidateFunction | undefined;

/** The compiled validator of `SPEC_SCHEMA` (compiled once per process). */
export function specValidator(): ValidateFunction {
  if (compiled === undefined) {
    const ajv = new Ajv({
      allErrors: true,
      strict: true,
      strictRequired: false,
      discriminator: true,
      allowUnionTypes: true,
      verbose: true,
    });
    addFormats(ajv);
    compiled = ajv.compile(SPEC_SCHEMA);
  }
  return compiled;
}

/**
 * Every schema problem of `data`, as pending issues (paths, not yet positions).
 *
 * @example validateAgainstSchema({ api_version: 'mlhealth/v1' }) // [{ path: [], message: "missing required key 'name'", ... }, ...]
 */
export function validateAgainstSchema(data: unknown): PendingIssue[] {
  if (data === null || data === undefined) {
    return [
      {
        path: [],
        message: 'the spec is empty; expected a mapping with api_version, name, version, nodes',
        severity: 'error',
      },
    ];
  }
  const validate = specValidator();
  if (validate(data)) return [];
  return simplifyErrors((validate.errors ?? []) as ErrorObject[], data);
}
