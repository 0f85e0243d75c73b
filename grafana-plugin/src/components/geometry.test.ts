import { cardOrigin, contentSize, edgeCrossesView, edgePath, makeGeometry, visibleRange } from './geometry';

describe('graph geometry', () => {
  const g = makeGeometry('horizontal', 900, 3, true);

  it('shares the width between columns, cards at most 300 px wide', () => {
    expect(g.cardWidth).toBeCloseTo((900 - 24 + 56) / 3 - 56, 6);
    expect(makeGeometry('horizontal', 3000, 3, true).cardWidth).toBe(300);
    expect(makeGeometry('horizontal', 300, 3, true).cardWidth).toBe(200);
  });

  it('places cards by layer and index alone', () => {
    expect(cardOrigin(g, 0, 0)).toEqual({ x: 12, y: 42 });
    expect(cardOrigin(g, 2, 3)).toEqual({ x: 12 + 2 * g.layerPitch, y: 42 + 3 * 88 });
    const v = makeGeometry('vertical', 900, 3, false);
    expect(cardOrigin(v, 1, 2)).toEqual({ x: 12 + 22 + 2 * 230, y: 12 + v.layerPitch + 22 });
  });

  it('sizes the content to the longest layer', () => {
    expect(contentSize(g, [1, 3, 1000]).height).toBe(24 + 30 + 999 * 88 + 78);
  });

  it('renders only the cards in view, with overscan, clamped', () => {
    expect(visibleRange(g, 0, 400, 1000, 2)).toEqual([0, 7]);
    expect(visibleRange(g, 88_000, 400, 1000, 2)).toEqual([997, 1000]);
    expect(visibleRange(g, 0, 400, 3, 2)).toEqual([0, 3]);
  });

  it('draws an S-curve between facing sides and culls edges out of view', () => {
    const a = cardOrigin(g, 0, 0);
    const b = cardOrigin(g, 1, 10);
    expect(edgePath(g, a, b)).toBe(
      `M${a.x + g.cardWidth},${a.y + 39} C${(a.x + g.cardWidth + b.x) / 2},${a.y + 39} ${(a.x + g.cardWidth + b.x) / 2},${b.y + 39} ${b.x},${b.y + 39}`
    );
    expect(edgeCrossesView(g, a, b, 400, 300)).toBe(true);
    expect(edgeCrossesView(g, a, b, 5000, 300)).toBe(false);
  });
});
