import { applyUnknownPolicy, unknownRuleOf, type ChildState } from './unknown';

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

describe('applyUnknownPolicy with max_unknown_share', () => {
  const known = (i: number): ChildState => ({ id: `k${i}`, score: 0.9, status: 'ok', weight: 1 });
  const unknownChild = (i: number): ChildState => ({
    id: `u${i}`,
    score: null,
    status: 'unknown',
    weight: 1,
  });
  const fleet = (n: number, unknown: number) => [
    ...Array.from({ length: n - unknown }, (_, i) => known(i)),
    ...Array.from({ length: unknown }, (_, i) => unknownChild(i)),
  ];
  const rule = (share: number) => ({ policy: 'max_unknown_share' as const, maxUnknownShare: share });

  it('leaves unknown children out while their share is at most the limit (u/n ≤ s is inclusive)', () => {
    const out = applyUnknownPolicy(fleet(1000, 20), rule(0.02));
    expect(out.rated).toHaveLength(980);
    expect(out.unknown).toHaveLength(20);
    expect(out.forcesUnknown).toBe(false);
  });

  it('forces the parent unknown one unknown child past the limit', () => {
    expect(applyUnknownPolicy(fleet(1000, 21), rule(0.02)).forcesUnknown).toBe(true);
  });

  it('s = 0 behaves as propagate and s = 1 as ignore', () => {
    expect(applyUnknownPolicy(fleet(5, 1), rule(0)).forcesUnknown).toBe(true);
    expect(applyUnknownPolicy(fleet(5, 5), rule(1)).forcesUnknown).toBe(false);
    expect(applyUnknownPolicy(fleet(5, 0), rule(0)).forcesUnknown).toBe(false);
  });

  it('compares the float quotient u/n with s, as the recording rules do (1/3 > 0.3333333333333333 is false)', () => {
    expect(applyUnknownPolicy(fleet(3, 1), rule(1 / 3)).forcesUnknown).toBe(false);
    expect(applyUnknownPolicy(fleet(3, 1), rule(0.3333333333333333 - 1e-16)).forcesUnknown).toBe(true);
  });
});

describe('unknownRuleOf', () => {
  const defaults = { unknown_policy: 'propagate' as const, max_unknown_share: 0.1 };
  const node = { id: 'p', tier: 'business' as const, title: 'p' };

  it('takes the node policy, else the default; the share from the node, else the default', () => {
    expect(unknownRuleOf(node, defaults as never)).toEqual({ policy: 'propagate' });
    expect(unknownRuleOf({ ...node, unknown_policy: 'max_unknown_share' }, defaults as never)).toEqual({
      policy: 'max_unknown_share',
      maxUnknownShare: 0.1,
    });
    expect(
      unknownRuleOf(
        { ...node, unknown_policy: 'max_unknown_share', max_unknown_share: 0.02 },
        defaults as never,
      ),
    ).toEqual({ policy: 'max_unknown_share', maxUnknownShare: 0.02 });
  });

  it('throws naming the node when the policy has no share', () => {
    expect(() =>
      unknownRuleOf({ ...node, unknown_policy: 'max_unknown_share' }, { unknown_policy: 'ignore' } as never),
    ).toThrow(
      'unknownRuleOf: node p has unknown_policy max_unknown_share but share undefined is not in [0, 1]',
    );
  });
});
