import { MINIMAL } from './__fixtures__/specs';
import { closestName, editDistance } from './closest';
import { SpecError } from './issues';
import { parseSpec } from './parse';

function problems(text: string): string[] {
  try {
    parseSpec(text, 'typo.yaml');
  } catch (err) {
    if (err instanceof SpecError) return err.issues.map((i) => i.message);
    throw err;
  }
  throw new Error('expected the spec to be refused');
}

describe('closestName', () => {
  it('finds the declared name a typo meant, and nothing for unrelated or one-letter names', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closestName('fraud.drfit', ['recs.drift', 'fraud.drift'])).toBe('fraud.drift');
    expect(closestName('ammount', ['age', 'amount'])).toBe('amount');
    expect(closestName('zzz', ['amount'])).toBeUndefined();
    expect(closestName('y', ['x', 'c'])).toBeUndefined();
  });
});

describe('validate says "did you mean" for unknown node ids and feature names', () => {
  it('names the child a typo meant', () => {
    const text = MINIMAL.replace('children: [m.drift.x, m.errors]', 'children: [m.drift.x, m.eror]');
    expect(problems(text)).toContainEqual(
      expect.stringContaining("unknown node 'm.eror'; did you mean 'm.errors'?"),
    );
  });

  it('names the feature a typo meant', () => {
    const text = MINIMAL.replace(
      '      - { name: x, type: numeric, range: [0, 10] }',
      '      - { name: amount, type: numeric, range: [0, 10] }',
    ).replace('feature: x, method: psi', 'feature: ammount, method: psi');
    expect(problems(text)).toContainEqual(
      expect.stringContaining("declares no feature 'ammount'; did you mean 'amount'?"),
    );
  });
});

describe('a YAML syntax error does not hide the other problems', () => {
  it('reports the syntax error and a dangling child elsewhere, and loads nothing', () => {
    const text = MINIMAL.replace(
      '    signal: { kind: error_ratio }',
      '    signal: { kind: error_ratio }\n    signal: { kind: error_ratio }',
    ).replace('children: [m.drift.x, m.errors]', 'children: [m.drift.x, m.eror]');
    const messages = problems(text);
    expect(messages.some((m) => m.startsWith('YAML:'))).toBe(true);
    expect(messages).toContainEqual(
      expect.stringContaining("unknown node 'm.eror'; did you mean 'm.errors'?"),
    );
  });
});
