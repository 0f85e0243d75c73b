import { edgesOf, isLeaf, modelsBeneath, topologicalOrder } from './graph';
import { base, parent } from '../cascade/__fixtures__/index';

describe('topologicalOrder', () => {
  it('puts every child before its parents', () => {
    const nodes = [parent('top', ['mid', 'a']), parent('mid', ['a', 'b']), base('a'), base('b')];
    const order = topologicalOrder(nodes).map((n) => n.id);
    expect(order).toEqual(['a', 'b', 'mid', 'top']);
  });

  it('names a dangling child and the nodes of a cycle', () => {
    expect(() => topologicalOrder([parent('p', ['ghost'])])).toThrow(
      'topologicalOrder: node p has unknown child ghost',
    );
    expect(() => topologicalOrder([parent('x', ['y']), parent('y', ['x']), base('z')])).toThrow(
      'topologicalOrder: cycle among nodes x, y',
    );
  });
});

describe('edgesOf, modelsBeneath, isLeaf', () => {
  const nodes = [
    base('f', { model: 'fraud' }),
    base('r', { model: 'recsys' }),
    parent('fraud', ['f'], { rule: 'worst_of' }, { model: 'fraud' }),
    parent('revenue', [['fraud', 2], 'r']),
  ];
  it('lists edges with weights', () => {
    expect(edgesOf(nodes)).toEqual([
      { parent: 'fraud', child: 'f', weight: 1 },
      { parent: 'revenue', child: 'fraud', weight: 2 },
      { parent: 'revenue', child: 'r', weight: 1 },
    ]);
  });
  it('collects the models beneath each node', () => {
    const m = modelsBeneath(nodes);
    expect(m.get('revenue')).toEqual(['fraud', 'recsys']);
    expect(m.get('fraud')).toEqual(['fraud']);
  });
  it('calls nodes without children leaves', () => {
    expect(isLeaf(nodes[0])).toBe(true);
    expect(isLeaf(parent('p', []))).toBe(true);
    expect(isLeaf(nodes[3])).toBe(false);
  });
});
