/**
 * Validates data against the product's JSON Schemas (the spec's `SPEC_SCHEMA`, the scenario request's
 * `SCENARIO_REQUEST_SCHEMA`) with one ajv setup (allErrors, strict, `ajv-formats`) and turns ajv's
 * errors into positioned-later issues with readable messages: one message per problem, union noise
 * collapsed.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { PendingIssue } from './issues';
import { SPEC_SCHEMA, type JsonSchema } from './schema';
import { simplifyErrors } from './ajvErrors';

let ajv: Ajv | undefined;
const compiled = new Map<JsonSchema, ValidateFunction>();

/** The one ajv instance: verbose errors (`simplifyErrors` reads their schema and data), formats added. */
function sharedAjv(): Ajv {
  if (ajv === undefined) {
    ajv = new Ajv({
      allErrors: true,
      strict: true,
      strictRequired: false,
      discriminator: true,
      allowUnionTypes: true,
      verbose: true,
    });
    addFormats(ajv);
  }
  return ajv;
}

/**
 * The compiled validator of `schema`, compiled once per process and schema object (cached by
 * identity). Throws ajv's error when `schema` is not a valid strict-mode schema.
 *
 * @example validatorFor(SPEC_SCHEMA) === validatorFor(SPEC_SCHEMA) // true
 */
export function validatorFor(schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = sharedAjv().compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** The compiled validator of `SPEC_SCHEMA`. */
export function specValidator(): ValidateFunction {
  return validatorFor(SPEC_SCHEMA);
}

/**
 * Every problem of `data` against `schema`, as pending issues (paths, not yet positions); empty when
 * `data` is valid. Complexity: ajv's, O(size of `data`) for these schemas.
 *
 * @example validateAgainst(SCENARIO_REQUEST_SCHEMA, { failure: 'best_case' })
 * // [{ path: ['failure'], message: 'must be one of: unknown, worst_case (found "best_case")', severity: 'error' }]
 */
export function validateAgainst(schema: JsonSchema, data: unknown): PendingIssue[] {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  return simplifyErrors((validate.errors ?? []) as ErrorObject[], data);
}

/**
 * Every schema problem of spec `data`, as pending issues (paths, not yet positions).
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
  return validateAgainst(SPEC_SCHEMA, data);
}
