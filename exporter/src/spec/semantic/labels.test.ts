import { MINIMAL } from '../__fixtures__/specs';
import { SpecError } from '../issues';
import { parseSpec } from '../parse';

function problems(text: string): string[] {
  try {
    parseSpec(text, 'labels.yaml');
  } catch (err) {
    if (err instanceof SpecError) return err.issues.map((i) => `${i.path}: ${i.message}`);
    throw err;
  }
  return [];
}

const withDrift = (extra: string) =>
  MINIMAL.replace(
    '    signal: { kind: feature_drift, feature: x, method: psi }',
    `    signal: { kind: feature_drift, feature: x, method: psi }\n${extra}`,
  );

describe('node titles, owners and links that would lie on a dashboard are refused', () => {
  it('refuses a title with a line feed and one with a right-to-left override', () => {
    expect(problems(withDrift('    title: "x drift\\nall fine"'))).toContainEqual(
      'nodes[0].title: the title contains the control character U+000A at index 7',
    );
    expect(problems(withDrift('    title: "x \\u202Etfird"'))).toContainEqual(
      'nodes[0].title: the title contains the bidirectional formatting character U+202E at index 2',
    );
    expect(problems(withDrift('    owner: "team\\tA"'))).toContainEqual(
      'nodes[0].owner: the owner contains the control character U+0009 at index 4',
    );
  });

  it('allows only http(s) playbook URLs', () => {
    expect(problems(withDrift('    playbook: "javascript:alert(1)"'))).toContainEqual(
      expect.stringMatching(/^nodes\[0\]\.playbook: must be an absolute http\(s\) URL/),
    );
    expect(problems(withDrift('    playbook: "data:text/html,x"')).length).toBeGreaterThan(0);
    expect(problems(withDrift('    playbook: "https://runbooks.example.com/drift"'))).toEqual([]);
    expect(problems(withDrift('    title: "São Paulo drift ✓"'))).toEqual([]);
  });
});
