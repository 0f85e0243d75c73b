import { base, makeSpec, parent } from '../cascade/__fixtures__/index';
import { fleetSpec } from '../generate/__fixtures__/fleetSpec';
import { nodeDepths, ruledNodes } from './placement';

describe('nodeDepths', () => {
  it('gives base nodes 0 and a parent one more than its deepest child', () => {
    const nodes = makeSpec([
      base('a'),
      base('b'),
      parent('p', ['a']),
      parent('q', ['p', 'b']),
      parent('r', ['a', 'q']),
    ]).nodes;
    expect(Object.fromEntries(nodeDepths(nodes))).toEqual({ a: 0, b: 0, p: 1, q: 2, r: 3 });
  });

  it('names the node and the missing child of a dangling reference', () => {
    expect(() => nodeDepths(makeSpec([parent('p', ['ghost'])]).nodes)).toThrow(
      'node p has unknown child ghost',
    );
  });
});

describe('ruledNodes', () => {
  const spec = fleetSpec();

  it('prometheus: the parents whose subtree spans two or more models', () => {
    expect(ruledNodes(spec.nodes, 'prometheus')).toEqual([
      'fleet.worst',
      'fleet.mean',
      'fleet.mean_nofloor',
      'fleet.quorum',
      'fleet.guarded',
      'fleet.any',
      'revenue',
      'customers',
      'compliance',
    ]);
  });

  it('all: every parent but those with decay within one model, which their exporter keeps', () => {
    const ruled = ruledNodes(spec.nodes, 'all');
    expect(ruled).toContain('m0.health');
    expect(ruled).toContain('m2.quality');
    expect(ruled).not.toContain('m0.aged');
    expect(ruled).not.toContain('m0.a');
    expect(ruled).toHaveLength(spec.nodes.filter((n) => n.children !== undefined).length - 3);
  });

  it('all: a parent with a retraining trigger within one model stays with its exporter', () => {
    const nodes = makeSpec([
      base('a', { model: 'm' }),
      parent('p', ['a'], undefined, { model: 'm', retrain_trigger: { status: 'critical' } }),
      parent('q', ['a'], undefined, { model: 'm' }),
    ]).nodes;
    expect(ruledNodes(nodes, 'all')).toEqual(['q']);
  });

  it('keeps a spanning parent with decay ruled, for the generator to refuse', () => {
    const decay = { of: 'data' as const, grace: 0, half_life: 60, floor: 0 };
    const nodes = makeSpec([
      base('a', { model: 'm' }),
      base('b', { model: 'n' }),
      parent('p', ['a', 'b'], undefined, { decay }),
    ]).nodes;
    expect(ruledNodes(nodes, 'prometheus')).toEqual(['p']);
    expect(ruledNodes(nodes, 'all')).toEqual(['p']);
  });
});
