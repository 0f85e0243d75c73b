import { buildCascadeModel } from './buildModel';
import { highlighted, shownAncestors } from './highlight';
import { layoutCascade } from './layout';
import { TIERS } from './types';
import { subtreeIds } from './hierarchy';
import { DEMO_END_MS, demoFrames } from '../testing/demoFrames';

const demo = buildCascadeModel(demoFrames(), { at: DEMO_END_MS });

describe('what a selection lights up', () => {
  it('lights the whole non-ok path under the selected node, and no ok node below its children', () => {
    const lit = highlighted(demo, 'revenue_assurance', []);
    const root = demo.byId.get('revenue_assurance')!;
    for (const id of subtreeIds(demo, root.id)) {
      const n = demo.byId.get(id)!;
      const child = root.children.includes(id);
      // Reached through non-ok nodes only: every parent on some path from the root is not ok.
      const nonOkPath =
        n.status !== 'ok' && n.parents.some((p) => p === root.id || (lit.has(p) && demo.byId.get(p)!.status !== 'ok'));
      expect(lit.has(id)).toBe(id === root.id || child || nonOkPath);
    }
    expect(lit.has('fraud.drift.amount')).toBe(true);
  });

  it('lights the drill-down path and the parents above the selection', () => {
    const lit = highlighted(demo, 'fraud.drift', ['revenue_assurance', 'fraud.drift']);
    expect(lit.has('revenue_assurance')).toBe(true);
    for (const p of demo.byId.get('fraud.drift')!.parents) {
      expect(lit.has(p)).toBe(true);
    }
    expect(lit.has('customer_impact')).toBe(false);
  });

  it('lights nothing without a selection or for an unknown id', () => {
    expect(highlighted(demo, null, ['revenue_assurance']).size).toBe(0);
    expect(highlighted(demo, 'nope', []).size).toBe(0);
  });

  it('finds the shown ancestors of a card, highest-placed parent first', () => {
    const layout = layoutCascade(demo, { tiers: TIERS, focusId: null, sortBySeverity: true });
    const up = shownAncestors(layout, 'fraud.drift.amount');
    expect(up[0]).toBe('fraud.drift');
    expect(demo.byId.get(up[up.length - 1])!.tier).toBe('business');
    expect(shownAncestors(layout, 'revenue_assurance')).toEqual([]);
    expect(shownAncestors(layout, null)).toEqual([]);
    expect(shownAncestors(layout, 'nope')).toEqual([]);
  });
});
