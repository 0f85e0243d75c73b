import { specValidator, validateAgainst, validatorFor } from '../validateSchema';
import { DEFINITIONS } from './definitions';
import { CHANGE } from './escalation';
import { SPEC_SCHEMA, type JsonSchema } from './index';
import { SCENARIO_REQUEST_SCHEMA } from './scenarioRequest';

const propertiesOf = (s: JsonSchema): Record<string, JsonSchema> =>
  s.properties as Record<string, JsonSchema>;

describe('SCENARIO_REQUEST_SCHEMA', () => {
  it("declares a change once: the request's changes are the spec's scenario changes", () => {
    const scenario = (propertiesOf(SPEC_SCHEMA).scenarios as JsonSchema).items as JsonSchema;
    expect((propertiesOf(scenario).changes as JsonSchema).items).toBe(CHANGE);
    expect((propertiesOf(SCENARIO_REQUEST_SCHEMA).changes as JsonSchema).items).toBe(CHANGE);
    expect(SCENARIO_REQUEST_SCHEMA.definitions).toBe(DEFINITIONS);
    expect(SPEC_SCHEMA.definitions).toBe(DEFINITIONS);
  });

  it('is closed and describes every property', () => {
    expect(SCENARIO_REQUEST_SCHEMA.additionalProperties).toBe(false);
    const market = propertiesOf(SCENARIO_REQUEST_SCHEMA).market as JsonSchema;
    for (const prop of [
      ...Object.values(propertiesOf(SCENARIO_REQUEST_SCHEMA)),
      ...Object.values(propertiesOf(market)),
    ]) {
      expect(typeof prop.description).toBe('string');
    }
  });

  it('accepts every change form of the spec and no exposure below 0', () => {
    const body = {
      changes: [{ node: 'a.b', status: 'critical' }, { scale_exposure: { factor: 0 } }],
      failure: 'worst_case',
      market: { scale_exposure: 0, exposures: { revenue_assurance: 0 } },
    };
    expect(validateAgainst(SCENARIO_REQUEST_SCHEMA, body)).toEqual([]);
    expect(validateAgainst(SCENARIO_REQUEST_SCHEMA, { market: { exposures: { r: -1 } } })).toEqual([
      { path: ['market', 'exposures', 'r'], message: 'must be >= 0 (found -1)', severity: 'error' },
    ]);
  });
});

describe('validatorFor', () => {
  it('compiles each schema once, with the same ajv setup as the spec', () => {
    expect(validatorFor(SCENARIO_REQUEST_SCHEMA)).toBe(validatorFor(SCENARIO_REQUEST_SCHEMA));
    expect(validatorFor(SCENARIO_REQUEST_SCHEMA).schema).toBe(SCENARIO_REQUEST_SCHEMA);
    expect(specValidator()).toBe(validatorFor(SPEC_SCHEMA));
    expect(specValidator()).not.toBe(validatorFor(SCENARIO_REQUEST_SCHEMA));
  });
});

describe('a change that fails its exactly-one-of, in a spec as in a request', () => {
  const spec = (changes: unknown[]): unknown => ({
    api_version: 'mlhealth/v1',
    name: 'x',
    version: 1,
    nodes: [{ id: 'a', title: 'A' }],
    scenarios: [{ id: 's', title: 'S', changes }],
  });
  const scenarioIssues = (changes: unknown[]): Array<{ path: unknown[]; message: string }> =>
    validateAgainst(SPEC_SCHEMA, spec(changes))
      .filter((i) => i.path[0] === 'scenarios')
      .map(({ path, message }) => ({ path, message }));

  it('reports two forms at once in one message, without the branches that failed before', () => {
    const issues = scenarioIssues([{ fail_source: 'prom', fail_feature: { model: 'm', feature: 'f' } }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^must be only one of: .* \(it matches several\)$/);
  });

  it('reports a change that is not a mapping by its type only', () => {
    expect(scenarioIssues(['nope'])).toEqual([
      { path: ['scenarios', 0, 'changes', 0], message: 'must be a mapping (found "nope")' },
    ]);
  });
});
