import {
  cardOrigin,
  contentSize,
  edgePath,
  indexOfSlot,
  laneSlots,
  makeGeometry,
  pinInView,
  visibleRange,
} from './geometry';

describe('graph geometry', () => {
  const g = makeGeometry('horizontal', 900, 3, true);

  it('shares the width between columns, cards at most 300 px wide', () => {
    expect(g.cardWidth).toBeCloseTo((900 - 24 + 56) / 3 - 56, 6);
    expect(makeGeometry('horizontal', 3000, 3, true).cardWidth).toBe(300);
    expect(makeGeometry('horizontal', 300, 3, true).cardWidth).toBe(200);
  });

  it('gives width left over by 300 px cards to lanes of the last layer, when asked', () => {
    expect(makeGeometry('horizontal', 1600, 3, true, true)).toMatchObject({ lanes: 2, laneLayer: 2, layerPitch: 356 });
    expect(makeGeometry('horizontal', 1600, 3, true, false).lanes).toBe(1);
    expect(makeGeometry('horizontal', 1280, 3, true, true)).toMatchObject({ lanes: 1, laneLayer: -1 });
    expect(makeGeometry('vertical', 3000, 3, true, true).lanes).toBe(1);
    const wide = makeGeometry('horizontal', 2000, 3, true, true);
    expect(wide.lanes).toBe(Math.floor((2000 - 24 - 2 * 356 + 10) / 310));
    expect(cardOrigin(wide, 2, 5)).toEqual({
      x: 12 + 2 * 356 + (5 % wide.lanes) * 310,
      y: 42 + Math.floor(5 / wide.lanes) * 88,
    });
    expect(contentSize(wide, [1, 3, 100]).height).toBe(24 + 30 + (Math.ceil(100 / wide.lanes) - 1) * 88 + 78);
    expect(contentSize(wide, [1, 3, 100]).width).toBeLessThanOrEqual(2000);
    expect(visibleRange(wide, 0, 400, 1000, 2, wide.lanes)).toEqual([0, 7 * wide.lanes]);
  });

  it('starts each group of a lane layer on a new row', () => {
    expect(laneSlots(5, [0, 3], 2)).toEqual([0, 1, 2, 4, 5]);
    expect(laneSlots(4, [0, 2], 2)).toEqual([0, 1, 2, 3]);
    expect(laneSlots(3, [0, 1, 2], 3)).toEqual([0, 3, 6]);
    expect(laneSlots(3, [0], 1)).toEqual([0, 1, 2]);
    const slots = [0, 1, 2, 4, 5];
    expect([indexOfSlot(slots, 0), indexOfSlot(slots, 3), indexOfSlot(slots, 4), indexOfSlot(slots, 9)]).toEqual([
      0, 3, 3, 5,
    ]);
  });

  it('pins a card inside the viewport, under the headings', () => {
    expect(pinInView(g, { x: 12, y: 4000 }, 0, 400)).toEqual({ x: 12, y: 400 - 78 - 12 });
    expect(pinInView(g, { x: 12, y: 0 }, 1000, 400)).toEqual({ x: 12, y: 1000 + 12 + 30 });
    expect(pinInView(g, { x: 12, y: 1100 }, 1000, 400)).toEqual({ x: 12, y: 1100 });
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

  it('draws an S-curve between facing sides', () => {
    const a = cardOrigin(g, 0, 0);
    const b = cardOrigin(g, 1, 10);
    expect(edgePath(g, a, b)).toBe(
      `M${a.x + g.cardWidth},${a.y + 39} C${(a.x + g.cardWidth + b.x) / 2},${a.y + 39} ${(a.x + g.cardWidth + b.x) / 2},${b.y + 39} ${b.x},${b.y + 39}`
    );
  });
});
