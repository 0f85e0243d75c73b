import { buildCascadeModel } from '../model/buildModel';
import { layoutCascade } from '../model/layout';
import { TIERS } from '../model/types';
import { DEMO_END_MS, demoFrames } from '../testing/demoFrames';
import { nextCard } from './navigation';

const layout = layoutCascade(buildCascadeModel(demoFrames(), { at: DEMO_END_MS }), {
  tiers: TIERS,
  focusId: null,
  sortBySeverity: true,
});

describe('nextCard', () => {
  it('steps along a layer and stops at its ends', () => {
    expect(nextCard(layout, 'partner_sla', 'ArrowDown', 'horizontal')).toBe('revenue_assurance');
    expect(nextCard(layout, 'partner_sla', 'ArrowUp', 'horizontal')).toBe('partner_sla');
    expect(nextCard(layout, 'revenue_assurance', 'End', 'horizontal')).toBe('compliance_exposure');
  });

  it('goes to a child going forward and to a parent going back', () => {
    expect(nextCard(layout, 'revenue_assurance', 'ArrowRight', 'horizontal')).toBe('fraud.drift');
    expect(nextCard(layout, 'fraud.drift', 'ArrowLeft', 'horizontal')).toBe('revenue_assurance');
    expect(nextCard(layout, 'compliance_exposure', 'ArrowLeft', 'horizontal')).toBe('compliance_exposure');
  });

  it('swaps the axes top to bottom', () => {
    expect(nextCard(layout, 'partner_sla', 'ArrowRight', 'vertical')).toBe('revenue_assurance');
    expect(nextCard(layout, 'revenue_assurance', 'ArrowDown', 'vertical')).toBe('fraud.drift');
  });

  it('starts at the first card when nothing is active', () => {
    expect(nextCard(layout, null, 'ArrowDown', 'horizontal')).toBe('partner_sla');
  });
});
