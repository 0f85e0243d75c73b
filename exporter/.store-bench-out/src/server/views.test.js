"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const miniSpec_1 = require("../../test/fixtures/miniSpec");
const cascadeView_1 = require("./cascadeView");
const lineage_1 = require("./lineage");
const nodeView_1 = require("./nodeView");
describe('cascadeJson', () => {
    it('lists every node with its result, the edges and the spec identity', () => {
        const json = (0, cascadeView_1.cascadeJson)(miniSpec_1.MINI_SPEC, 'sha', miniSpec_1.MINI_SNAPSHOT);
        expect(json.spec).toEqual({ name: 'mini', version: '1', sha256: 'sha', currency: 'USD' });
        expect(json.at).toBe(1000);
        expect(json.nodes.map((n) => n.id)).toEqual(['m.drift.x', 'm.serving.latency', 'm.health', 'revenue']);
        const drift = json.nodes[0];
        expect(drift).toMatchObject({
            status: 'critical',
            status_code: 2,
            score: 0.3,
            value: 0.31,
            unit: 'none',
        });
        expect(json.nodes[3].impact).toEqual({
            measure: 'revenue_at_risk',
            unit: 'USD/hour',
            value: 350,
            exposure: 1000,
            loss: 0.35,
        });
        expect(json.edges).toContainEqual({ parent: 'm.health', child: 'm.drift.x', weight: 2 });
        expect(json.retrain_recommended).toEqual({ m: true });
    });
    it('says unknown for every node before the first evaluation', () => {
        const json = (0, cascadeView_1.cascadeJson)(miniSpec_1.MINI_SPEC, 'sha', null);
        expect(json.at).toBeNull();
        expect(json.nodes.every((n) => n.status === 'unknown' && n.score === null)).toBe(true);
    });
});
describe('lineageOf', () => {
    it('goes from a business node down to features and signals', () => {
        const tree = (0, lineage_1.lineageOf)(miniSpec_1.MINI_SPEC, 'revenue');
        expect(tree.children?.[0].id).toBe('m.health');
        const drift = tree.children?.[0].children?.[0];
        expect(drift).toMatchObject({
            id: 'm.drift.x',
            weight: 2,
            signal: { kind: 'feature_drift', feature: 'x' },
        });
        expect(drift?.inputs).toEqual([{ kind: 'model_feature', model: 'm', feature: 'x' }]);
        expect(tree.children?.[0].children?.[1].inputs).toEqual([{ kind: 'model_events', model: 'm' }]);
    });
    it('expands a node reached twice only once', () => {
        const spec = {
            ...miniSpec_1.MINI_SPEC,
            nodes: [
                ...miniSpec_1.MINI_SPEC.nodes,
                {
                    id: 'both',
                    tier: 'business',
                    title: 'both',
                    children: [
                        { node: 'm.health', weight: 1 },
                        { node: 'm.drift.x', weight: 1 },
                    ],
                },
            ],
        };
        const tree = (0, lineage_1.lineageOf)(spec, 'both');
        expect(tree.children?.[1]).toEqual({
            id: 'm.drift.x',
            tier: 'base',
            title: 'x drift "quoted"',
            weight: 1,
            seen_above: true,
        });
    });
    it('throws on an unknown node', () => {
        expect(() => (0, lineage_1.lineageOf)(miniSpec_1.MINI_SPEC, 'nope')).toThrow("lineageOf: node 'nope' is not in spec mini");
    });
});
describe('nodeDetailJson', () => {
    it('gives definition, parents, escalation with its team, and history', () => {
        const older = {
            ...miniSpec_1.MINI_SNAPSHOT,
            at: 995,
            nodes: miniSpec_1.MINI_SNAPSHOT.nodes.map((n) => ({ ...n, score: 1, status: 'ok' })),
        };
        const detail = (0, nodeView_1.nodeDetailJson)(miniSpec_1.MINI_SPEC, 'm.health', miniSpec_1.MINI_SNAPSHOT, [older, miniSpec_1.MINI_SNAPSHOT]);
        expect(detail?.definition.rollup).toEqual({ rule: 'worst_of' });
        expect(detail?.parents).toEqual(['revenue']);
        expect(detail?.escalation?.policy.id).toBe('oncall');
        expect(detail?.escalation?.team?.id).toBe('team-a');
        expect(detail?.history).toEqual([
            { at: 995, score: 1, status: 'ok', value: null },
            { at: 1000, score: 0.3, status: 'unknown', value: null },
        ]);
        expect(detail?.node.contributions).toEqual([{ child: 'm.drift.x', share: 1 }]);
    });
    it('explains a node down to its root cause', () => {
        const detail = (0, nodeView_1.nodeDetailJson)(miniSpec_1.MINI_SPEC, 'revenue', miniSpec_1.MINI_SNAPSHOT, [miniSpec_1.MINI_SNAPSHOT]);
        expect(detail?.cause_chain).toEqual(['revenue', 'm.health', 'm.serving.latency']);
        expect(detail?.explanation).toMatch(/^revenue → critical: /);
        expect((0, nodeView_1.nodeDetailJson)(miniSpec_1.MINI_SPEC, 'revenue', null, [])?.explanation).toBeNull();
    });
    it('is null for an unknown node', () => {
        expect((0, nodeView_1.nodeDetailJson)(miniSpec_1.MINI_SPEC, 'nope', null, [])).toBeNull();
    });
});
//# sourceMappingURL=views.test.js.map