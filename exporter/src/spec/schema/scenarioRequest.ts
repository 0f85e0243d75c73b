/**
 * The JSON Schema (draft-07) of the body of `POST /api/v1/scenarios`. A change is the spec's own
 * `CHANGE` (what `scenarios[].changes` holds), and `definitions` are the spec's own objects, so ids,
 * friendly messages and union collapsing (`ajvErrors.ts`) read exactly as they do for a spec.
 * Semantics of each field: `docs/whatif.md`.
 *
 * @example validateAgainst(SCENARIO_REQUEST_SCHEMA, { failure: 'best_case' })
 * // [{ path: ['failure'], message: 'must be one of: unknown, worst_case (found "best_case")', severity: 'error' }]
 */
import { DEFINITIONS } from './definitions';
import { CHANGE } from './escalation';
import { arrayOf, num, obj, oneOfValues, ref, type JsonSchema } from './helpers';

const MARKET: JsonSchema = obj(
  'Market conditions: the same degradation priced under other exposures (applied after `changes`).',
  {
    scale_exposure: num("Every impact node's exposure × this factor (peak season ×3); after `exposures`.", {
      minimum: 0,
    }),
    exposures: {
      type: 'object',
      description:
        "Node id → exposure that replaces the node's constant or reading (a price change). Node ids are checked against the spec, not here.",
      additionalProperties: num('The exposure of that node, in its measure.', { minimum: 0 }),
    },
  },
);

const REQUEST: JsonSchema = obj(
  'A what-if request: a named scenario of the spec, changes on top of live values, a failure mode and market conditions. Every key is optional; `{}` runs live values unchanged.',
  {
    changes: arrayOf("Changes applied on top of live values, after the named scenario's.", CHANGE, {
      default: [],
    }),
    failure: oneOfValues(
      'How a failed source or feature counts: `unknown` as live data would (never priced as zero), `worst_case` as score 0 with exposures kept.',
      ['unknown', 'worst_case'],
      { default: 'unknown' },
    ),
    market: MARKET,
    named: ref('identifier', 'Id of a scenario of the spec (`scenarios[].id`) whose changes come first.'),
  },
);

/** The schema `parseScenarioRequest` validates a request body with. */
export const SCENARIO_REQUEST_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlhealth scenario request',
  ...REQUEST,
  definitions: DEFINITIONS,
};
