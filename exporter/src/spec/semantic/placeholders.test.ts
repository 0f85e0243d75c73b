import { parseSpec } from '..';
import { MINIMAL, positionOf } from '../__fixtures__/specs';
import { isPlaceholder } from './placeholders';

const OUTCOME = `  - id: outcome
    tier: business
    children: [m.health]
    rollup: { rule: worst_of }
`;

function withOutcome(lines: string): string {
  return MINIMAL.replace(OUTCOME, OUTCOME + lines);
}

describe('placeholders', () => {
  it('warns, with file, line and path, about TODO texts and a zero exposure; the spec stays valid', () => {
    const text = withOutcome(`    owner: 'TODO: who answers for this outcome'
    impact:
      measure: revenue_at_risk
      unit: EUR/hour
      exposure: { constant: 0 }
      loss: { kind: linear, max_loss: 1 }
`).replace("    version: '1'\n", "    version: '1'\n    owner: TODO\n");
    const { warnings } = parseSpec(text, 'p.yaml');
    expect(warnings.map((w) => [w.line, w.path, w.message])).toEqual([
      [
        positionOf(text, 'owner: TODO').line,
        'models[0].owner',
        "placeholder: owner is 'TODO'; replace it before relying on this spec",
      ],
      [
        positionOf(text, "owner: 'TODO").line,
        'nodes[3].owner',
        "placeholder: owner is 'TODO: who answers for this outcome'; replace it before relying on this spec",
      ],
      [
        positionOf(text, 'constant: 0').line,
        'nodes[3].impact.exposure.constant',
        'placeholder: the exposure is 0, so this outcome is priced at nothing whatever its score; set the EUR/hour at stake (a constant, or a PromQL query)',
      ],
    ]);
    expect(warnings.every((w) => w.severity === 'warning' && w.file === 'p.yaml')).toBe(true);
  });

  it('says nothing about filled-in texts and a real exposure', () => {
    const text = withOutcome(`    owner: TODOS-team
    description: A TODO list is not a placeholder in the middle of a text
    impact:
      measure: revenue_at_risk
      unit: EUR/hour
      exposure: { constant: 1200 }
      loss: { kind: linear, max_loss: 1 }
`);
    expect(parseSpec(text, 'p.yaml').warnings).toEqual([]);
  });
});

describe('isPlaceholder', () => {
  it('is a text starting with the word TODO', () => {
    expect(['TODO', 'TODO: owner', '  TODO fill in', 'TODO-later'].map(isPlaceholder)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['TODOS', 'todo', 'a TODO', '', undefined].map(isPlaceholder)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
