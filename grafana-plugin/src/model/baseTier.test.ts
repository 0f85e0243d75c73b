import { collapseBase, countStatuses, filterIds, groupStarts, summaryId, summaryText } from './baseTier';
import { buildCascadeModel } from './buildModel';
import { layoutCascade } from './layout';
import { TIERS } from './types';
import { DEMO_END_MS, DEMO_WINDOW, demoFrames } from '../testing/demoFrames';
import { promQueriesToFrames } from '../testing/prometheusFrames';
import { scaledCascade } from '../testing/scaledCascade';
import { cascadeQueries } from '../testing/syntheticCascade';

const demo = buildCascadeModel(demoFrames(), { at: DEMO_END_MS });
const full = layoutCascade(demo, { tiers: TIERS, focusId: null, sortBySeverity: true });
const none = new Set<string>();
const baseLayer = (l: { layers: Array<{ tier: string; ids: string[] }> }) => l.layers.find((x) => x.tier === 'base')!;

describe('the base tier collapsed into per-parent summaries', () => {
  const shown = collapseBase(demo, full, { collapseAbove: 8, expanded: none, keep: none });

  it('shows every non-ok base node and hides only ok ones, each behind its parent’s summary', () => {
    const all = baseLayer(full).ids;
    const visible = new Set(baseLayer(shown).ids);
    for (const id of all) {
      const ok = demo.byId.get(id)!.status === 'ok';
      expect(visible.has(id)).toBe(!ok);
    }
    const hidden = [...shown.summaries.values()].reduce((n, s) => n + s.hidden, 0);
    expect(hidden).toBe(all.filter((id) => demo.byId.get(id)!.status === 'ok').length);
  });

  it('counts each group’s nodes by status and heads the group with the summary, linked to its parent', () => {
    for (const s of shown.summaries.values()) {
      const children = full.edges.filter((e) => e.parent === s.parent).map((e) => e.child);
      const total = Object.values(s.counts).reduce((a, b) => a + b, 0);
      expect(total).toBeLessThanOrEqual(children.length);
      expect(s.counts.ok).toBe(s.hidden);
      expect(countStatuses(demo, s.members)).toEqual(s.counts);
      expect(s.members.length).toBe(total);
      expect(shown.edges).toContainEqual({ parent: s.parent, child: s.id });
      expect(demo.byId.has(s.id)).toBe(false);
      const [layer, index] = shown.position.get(s.id)!;
      const next = shown.layers[layer].ids[index + 1];
      // The group's shown nodes follow its summary (a group of ok nodes only is its summary alone).
      if (s.hidden < total && next !== undefined) {
        expect(full.edges).toContainEqual({ parent: s.parent, child: next });
      }
    }
    expect(summaryText({ ok: 4, warning: 0, critical: 2, unknown: 1 })).toBe('1 unknown · 2 critical · 4 ok');
  });

  it('expands a group on request and always keeps the selected node', () => {
    const [first] = shown.summaries.values();
    const expanded = collapseBase(demo, full, { collapseAbove: 8, expanded: new Set([first.id]), keep: none });
    expect(expanded.summaries.get(first.id)).toMatchObject({ expanded: true, hidden: 0 });
    const okHidden = baseLayer(full).ids.find((id) => !baseLayer(shown).ids.includes(id))!;
    const kept = collapseBase(demo, full, { collapseAbove: 8, expanded: none, keep: new Set([okHidden]) });
    expect(baseLayer(kept).ids).toContain(okHidden);
  });

  it('leaves small base layers and other tiers alone, and edges only between shown cards', () => {
    expect(collapseBase(demo, full, { collapseAbove: 50, expanded: none, keep: none }).layers).toEqual(full.layers);
    for (const e of shown.edges) {
      expect(shown.position.has(e.parent) && shown.position.has(e.child)).toBe(true);
    }
    expect(shown.layers.filter((l) => l.tier !== 'base')).toEqual(full.layers.filter((l) => l.tier !== 'base'));
  });

  it('recounts a group at another moment from its members', () => {
    const past = buildCascadeModel(demoFrames(), { at: DEMO_END_MS - 60 * 60_000 });
    const [s] = [...shown.summaries.values()].filter((x) => x.counts.critical + x.counts.warning > 0);
    const then = countStatuses(past, s.members);
    expect(Object.values(then).reduce((a, b) => a + b, 0)).toBe(s.members.length);
    expect(then).toEqual({
      ok: s.members.filter((id) => past.byId.get(id)!.status === 'ok').length,
      warning: s.members.filter((id) => past.byId.get(id)!.status === 'warning').length,
      critical: s.members.filter((id) => past.byId.get(id)!.status === 'critical').length,
      unknown: s.members.filter((id) => past.byId.get(id)!.status === 'unknown').length,
    });
    expect(countStatuses(demo, ['no.such'])).toEqual({ ok: 0, warning: 0, critical: 0, unknown: 1 });
  });

  it('marks where each parent’s group starts, a summary opening its group', () => {
    const starts = groupStarts(shown);
    const li = shown.layers.findIndex((l) => l.tier === 'base');
    const ids = shown.layers[li].ids;
    expect(starts[li][0]).toBe(0);
    for (const s of shown.summaries.values()) {
      expect(starts[li]).toContain(ids.indexOf(s.id));
    }
    expect(starts[li].length).toBeGreaterThanOrEqual(shown.summaries.size);
    // The top layer has no parents: one group.
    expect(starts[0]).toEqual([0]);
  });

  it('never gives a summary the id of a node', () => {
    const taken = { ...demo, byId: new Map([...demo.byId, ['group:x', demo.nodes[0]]]) };
    expect(summaryId(taken, 'x', 0)).not.toBe('group:x');
    expect(summaryId(demo, 'x', 1)).toBe('group:x@1');
  });
});

describe('the filter', () => {
  it('keeps the matches of every word and their paths to the top', () => {
    const ids = filterIds(demo, 'Amount PSI')!;
    expect(ids.has('fraud.drift.amount')).toBe(true);
    for (const id of ids) {
      const n = demo.byId.get(id)!;
      const matches = `${n.title} ${n.id}`.toLowerCase();
      const isMatch = matches.includes('amount') && matches.includes('psi');
      const isAncestor = [...ids].some((other) => demo.byId.get(other)!.parents.includes(id));
      expect(isMatch || isAncestor).toBe(true);
    }
    expect(filterIds(demo, '  ')).toBeNull();
    expect(filterIds(demo, 'no-such-thing')!.size).toBe(0);
  });

  it('finds nodes by model and by the drift feature they measure', () => {
    const recs = filterIds(demo, 'recs')!;
    expect(demo.nodes.filter((n) => n.model === 'recs').every((n) => recs.has(n.id))).toBe(true);
    // "merchant_category" is a feature of the drift series, named in the node id only.
    expect(filterIds(demo, 'merchant_category')!.has('fraud.drift.merchant_category')).toBe(true);
  });

  it('narrows a 1,000-node cascade to the matches and lays them out', () => {
    const big = buildCascadeModel(promQueriesToFrames(cascadeQueries(scaledCascade(1000), DEMO_WINDOW)), {
      at: DEMO_END_MS,
    });
    const only = filterIds(big, 'signal 12')!;
    const layout = layoutCascade(big, { tiers: TIERS, focusId: null, sortBySeverity: true, only });
    const base = baseLayer(layout).ids;
    expect(base.length).toBeGreaterThan(0);
    const text = (id: string) => `${big.byId.get(id)!.title} ${id}`.toLowerCase();
    expect(base.every((id) => text(id).includes('signal') && text(id).includes('12'))).toBe(true);
    expect(base.length).toBeLessThan(100);
    expect(layout.position.size).toBe(only.size);
  });
});
