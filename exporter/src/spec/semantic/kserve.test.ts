/** `models[].kserve`: parsed, serialized back, and one InferenceService per model. */
import { SpecError, type SpecIssue } from '../issues';
import { parseSpec } from '../parse';
import { serializeSpec } from '../serialize';
import { MINIMAL } from '../__fixtures__/specs';

const SECOND_MODEL = `  - id: n
    version: '1'
    task: regression
    features:
      - { name: y, type: numeric }
nodes:`;

function issuesOf(text: string): string[] {
  try {
    parseSpec(text, 'mini.yaml');
  } catch (err) {
    if (err instanceof SpecError) return err.issues.map((i: SpecIssue) => `${i.path}: ${i.message}`);
    throw err;
  }
  return [];
}

describe('models[].kserve', () => {
  const withKserve = MINIMAL.replace(
    'task: classification',
    'task: classification\n    kserve: { name: credit-risk, prediction: label, confidence: score }',
  );

  it('is read as written and survives serializing', () => {
    const { spec } = parseSpec(withKserve, 'mini.yaml');
    expect(spec.models[0].kserve).toEqual({ name: 'credit-risk', prediction: 'label', confidence: 'score' });
    expect(parseSpec(serializeSpec(spec), 'again.yaml').spec.models[0].kserve).toEqual(spec.models[0].kserve);
    expect(parseSpec(MINIMAL, 'mini.yaml').spec.models[0]).not.toHaveProperty('kserve');
  });

  it('takes a Kubernetes name only, and no other keys', () => {
    const bad = withKserve.replace('name: credit-risk', 'name: Credit_Risk, mode: all');
    expect(issuesOf(bad)).toEqual([
      'models[0].kserve.name: must be an InferenceService name like credit-risk (lower-case letters, digits and -; starts with a letter, at most 63 characters)',
      "models[0].kserve.mode: unknown key 'mode'; allowed here: name, prediction, confidence",
    ]);
  });

  it('refuses two models answering to the same InferenceService', () => {
    const two = withKserve
      .replace('nodes:', SECOND_MODEL)
      .replace(
        "  - id: n\n    version: '1'\n    task: regression",
        "  - id: n\n    version: '1'\n    task: regression\n    kserve: { name: credit-risk }",
      );
    expect(issuesOf(two)).toEqual([
      "models[1].kserve.name: model 'n' answers to the KServe InferenceService 'credit-risk', as model 'm' does: set models[].kserve.name so that each service is one model",
    ]);
    const byId = MINIMAL.replace('nodes:', SECOND_MODEL).replace(
      "  - id: n\n    version: '1'\n    task: regression",
      "  - id: n\n    version: '1'\n    task: regression\n    kserve: { name: m }",
    );
    expect(issuesOf(byId)).toEqual([
      expect.stringMatching(
        /^models\[1\]\.kserve\.name: model 'n' answers to the KServe InferenceService 'm', as model 'm' does/,
      ),
    ]);
    const distinct = two.replace('kserve: { name: credit-risk }', 'kserve: { name: other }');
    expect(issuesOf(distinct)).toEqual([]);
  });
});
