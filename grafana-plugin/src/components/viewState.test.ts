import { buildCascadeModel } from '../model/buildModel';
import { DEMO_END_MS, demoFrames } from '../testing/demoFrames';
import { activateNode, goBack, INITIAL_VIEW_STATE, navigateTo, toggleGroup, type CascadeViewState } from './viewState';

const demo = buildCascadeModel(demoFrames(), { at: DEMO_END_MS });
const at = (focusPath: string[], more: Partial<CascadeViewState> = {}): CascadeViewState => ({
  ...INITIAL_VIEW_STATE,
  focusPath,
  selectedId: focusPath[focusPath.length - 1] ?? null,
  ...more,
});

describe('view state transitions', () => {
  it('drills into a parent from the top along its path, selecting it and making it active', () => {
    expect(activateNode(demo, INITIAL_VIEW_STATE, 'fraud.drift')).toEqual({
      ...INITIAL_VIEW_STATE,
      focusPath: ['revenue_assurance', 'fraud.drift'],
      selectedId: 'fraud.drift',
      activeId: 'fraud.drift',
    });
  });

  it('extends the path from the current focus when the node lies below it, else starts from the top', () => {
    // fraud.serving rolls up into both customer_impact and revenue_assurance.
    expect(activateNode(demo, at(['customer_impact']), 'fraud.serving').focusPath).toEqual([
      'customer_impact',
      'fraud.serving',
    ]);
    expect(activateNode(demo, at(['revenue_assurance']), 'fraud.serving').focusPath).toEqual([
      'revenue_assurance',
      'fraud.serving',
    ]);
    expect(activateNode(demo, at(['partner_sla']), 'fraud.drift').focusPath).toEqual([
      'revenue_assurance',
      'fraud.drift',
    ]);
  });

  it('selects a base signal without moving the focus, and ignores an unknown id', () => {
    const prev = at(['revenue_assurance', 'fraud.drift']);
    const next = activateNode(demo, prev, 'fraud.drift.amount');
    expect(next.focusPath).toBe(prev.focusPath);
    expect(next).toMatchObject({ selectedId: 'fraud.drift.amount', activeId: 'fraud.drift.amount' });
    expect(activateNode(demo, prev, 'no.such.node')).toBe(prev);
  });

  it('starts the path below a configured root node, which the breadcrumb stands for', () => {
    expect(activateNode(demo, INITIAL_VIEW_STATE, 'fraud.drift', 'revenue_assurance').focusPath).toEqual([
      'fraud.drift',
    ]);
    const root = activateNode(demo, INITIAL_VIEW_STATE, 'revenue_assurance', 'revenue_assurance');
    expect([root.focusPath, root.selectedId]).toEqual([[], 'revenue_assurance']);
    // A node outside the root's subtree falls back to its path from the top.
    expect(activateNode(demo, INITIAL_VIEW_STATE, 'recs.drift', 'revenue_assurance').focusPath).toEqual([
      'customer_impact',
      'recs.drift',
    ]);
  });

  it('keeps the path when the focused node is activated again', () => {
    const prev = at(['revenue_assurance']);
    expect(activateNode(demo, prev, 'revenue_assurance').focusPath).toBe(prev.focusPath);
  });

  it('climbs one level on Escape, making the node left the active card, then closes the details at the top', () => {
    const climbed = goBack(at(['revenue_assurance', 'fraud.drift']));
    expect(climbed).toMatchObject({
      focusPath: ['revenue_assurance'],
      selectedId: 'revenue_assurance',
      activeId: 'fraud.drift',
    });
    const top = goBack(climbed);
    expect(top).toMatchObject({ focusPath: [], selectedId: null, activeId: 'revenue_assurance' });
    expect(goBack(top)).toMatchObject({ focusPath: [], selectedId: null, activeId: 'revenue_assurance' });
  });

  it('cuts the path at a breadcrumb step and selects that step, nothing at "All nodes"', () => {
    const prev = at(['revenue_assurance', 'fraud.drift'], { cursor: 5, activeId: 'fraud.drift' });
    expect(navigateTo(prev, 1)).toEqual({ ...prev, focusPath: ['revenue_assurance'], selectedId: 'revenue_assurance' });
    expect(navigateTo(prev, 0)).toEqual({ ...prev, focusPath: [], selectedId: null });
  });

  it('expands a base-tier group and collapses it again', () => {
    const open = toggleGroup(INITIAL_VIEW_STATE, 'group:fraud.serving');
    expect(open.expanded).toEqual(['group:fraud.serving']);
    expect(toggleGroup(open, 'group:fraud.serving').expanded).toEqual([]);
  });
});
