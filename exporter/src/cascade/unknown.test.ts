import { applyUnknownPolicy, type ChildState } from './unknown';

const a: ChildState = { id: 'a', score: 0.875, status: 'ok', weight: 1 };
const u: ChildState = { id: 'u', score: null, status: 'unknown', weight: 2 };
const t: ChildState = { id: 't', score: 0.4, status: 'unknown', weight: 1 };

describe('applyUnknownPolicy', () => {
  it('propagate: rates the known children and forces the parent unknown', () => {
    const out = applyUnknownPolicy([u, a, t], 'propagate');
    expect(out.rated.map((c) => c.id)).toEqual(['a']);
    expect(out.unknown).toEqual(['t', 'u']);
    expect(out.forcesUnknown).toBe(true);
  });

  it('propagate never reads the advisory score of an unknown child', () => {
    expect(applyUnknownPolicy([t], 'propagate').rated).toEqual([]);
  });

  it('ignore: rates the known children without forcing anything', () => {
    const out = applyUnknownPolicy([a, u], 'ignore');
    expect(out.rated.map((c) => c.id)).toEqual(['a']);
    expect(out.forcesUnknown).toBe(false);
  });

  it('as_critical: an unknown child is score 0, critical, with its weight', () => {
    const out = applyUnknownPolicy([a, u], 'as_critical');
    expect(out.rated).toEqual([
      { id: 'a', score: 0.875, status: 'ok', weight: 1 },
      { id: 'u', score: 0, status: 'critical', weight: 2 },
    ]);
    expect(out.forcesUnknown).toBe(false);
  });

  it('does not force unknown without an unknown child', () => {
    expect(applyUnknownPolicy([a], 'propagate').forcesUnknown).toBe(false);
  });

  it('throws when a known child has no score', () => {
    expect(() => applyUnknownPolicy([{ ...a, score: null }], 'ignore')).toThrow(
      'applyUnknownPolicy: child a is ok but has no score',
    );
  });
});
