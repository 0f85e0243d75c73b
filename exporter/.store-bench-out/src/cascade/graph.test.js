"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const graph_1 = require("./graph");
const testing_1 = require("./testing");
describe('topologicalOrder', () => {
    it('puts every child before its parents', () => {
        const nodes = [(0, testing_1.parent)('top', ['mid', 'a']), (0, testing_1.parent)('mid', ['a', 'b']), (0, testing_1.base)('a'), (0, testing_1.base)('b')];
        const order = (0, graph_1.topologicalOrder)(nodes).map((n) => n.id);
        expect(order).toEqual(['a', 'b', 'mid', 'top']);
    });
    it('names a dangling child and the nodes of a cycle', () => {
        expect(() => (0, graph_1.topologicalOrder)([(0, testing_1.parent)('p', ['ghost'])])).toThrow('topologicalOrder: node p has unknown child ghost');
        expect(() => (0, graph_1.topologicalOrder)([(0, testing_1.parent)('x', ['y']), (0, testing_1.parent)('y', ['x']), (0, testing_1.base)('z')])).toThrow('topologicalOrder: cycle among nodes x, y');
    });
});
describe('edgesOf, modelsBeneath, isLeaf', () => {
    const nodes = [
        (0, testing_1.base)('f', { model: 'fraud' }),
        (0, testing_1.base)('r', { model: 'recsys' }),
        (0, testing_1.parent)('fraud', ['f'], { rule: 'worst_of' }, { model: 'fraud' }),
        (0, testing_1.parent)('revenue', [['fraud', 2], 'r']),
    ];
    it('lists edges with weights', () => {
        expect((0, graph_1.edgesOf)(nodes)).toEqual([
            { parent: 'fraud', child: 'f', weight: 1 },
            { parent: 'revenue', child: 'fraud', weight: 2 },
            { parent: 'revenue', child: 'r', weight: 1 },
        ]);
    });
    it('collects the models beneath each node', () => {
        const m = (0, graph_1.modelsBeneath)(nodes);
        expect(m.get('revenue')).toEqual(['fraud', 'recsys']);
        expect(m.get('fraud')).toEqual(['fraud']);
    });
    it('calls nodes without children leaves', () => {
        expect((0, graph_1.isLeaf)(nodes[0])).toBe(true);
        expect((0, graph_1.isLeaf)((0, testing_1.parent)('p', []))).toBe(true);
        expect((0, graph_1.isLeaf)(nodes[3])).toBe(false);
    });
});
//# sourceMappingURL=graph.test.js.map