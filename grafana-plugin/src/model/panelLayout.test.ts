import { DETAILS_WIDTH, HEADER_HEIGHT, panelLayout, type PanelLayoutInput } from './panelLayout';

const everything = { noticeCount: 0, showRisk: true, showDrift: true, detailsOpen: false };
const at = (width: number, height: number, more: Partial<PanelLayoutInput> = {}) =>
  panelLayout({ ...everything, width, height, ...more });

describe('panelLayout', () => {
  it('gives a dashboard-sized 800×450 panel a 150 px insights row and the rest to the graph', () => {
    // The heatmap's 447 px: 800 × 0.58 is 463.99… in floating point, floored, less 16.
    expect(at(800, 450)).toEqual({
      headerHeight: 36,
      headerRows: 1,
      compactHeader: true,
      noticesHeight: 0,
      bodyHeight: 264,
      graph: { width: 800, height: 264 },
      details: null,
      insights: { height: 150, risk: true, heatmap: { width: 447, height: 138 } },
    });
  });

  it('docks the details pane beside the graph at 800 px', () => {
    const layout = at(800, 450, { detailsOpen: true });
    expect(layout.graph).toEqual({ width: 470, height: 264 });
    expect(layout.details).toEqual({ width: 330, docked: true });
  });

  it('gives 30% of a 1280×720 panel to the insights row', () => {
    expect(at(1280, 720, { detailsOpen: true })).toEqual({
      headerHeight: 36,
      headerRows: 1,
      compactHeader: true,
      noticesHeight: 0,
      bodyHeight: 468,
      graph: { width: 950, height: 468 },
      details: { width: 330, docked: true },
      insights: { height: 216, risk: true, heatmap: { width: 726, height: 204 } },
    });
  });

  it('caps the insights row at 230 px in a 1600×1000 panel; alone, the heatmap takes the full width', () => {
    expect(at(1600, 1000, { showRisk: false, noticeCount: 1 })).toEqual({
      headerHeight: 36,
      headerRows: 1,
      compactHeader: false,
      noticesHeight: 20,
      bodyHeight: 714,
      graph: { width: 1600, height: 714 },
      details: null,
      insights: { height: 230, risk: false, heatmap: { width: 1584, height: 218 } },
    });
  });

  it('gives the header a second row below 720 px of width and compacts it below 1400 px', () => {
    expect([at(719, 450).headerRows, at(719, 450).headerHeight, at(720, 450).headerRows]).toEqual([
      2,
      2 * HEADER_HEIGHT,
      1,
    ]);
    expect([at(1399, 450).compactHeader, at(1400, 450).compactHeader]).toEqual([true, false]);
    expect(at(600, 450).bodyHeight).toBe(450 - 2 * HEADER_HEIGHT - 150);
    expect([at(1280, 450, { totals: 2 }).headerRows, at(1400, 450, { totals: 2 }).headerRows]).toEqual([2, 1]);
  });

  it('shows the insights row from 420 px tall only, and only with something in it', () => {
    expect(at(800, 419).insights).toBeNull();
    expect(at(800, 419).bodyHeight).toBe(383);
    expect(at(800, 420).insights?.height).toBe(150);
    expect(at(800, 1000, { showRisk: false, showDrift: false }).insights).toBeNull();
    expect(at(800, 1000, { showDrift: false }).insights).toEqual({ height: 230, risk: true, heatmap: null });
  });

  it('overlays the details pane on the graph below 760 px wide, never wider than the panel', () => {
    expect(at(759, 450, { detailsOpen: true }).details).toEqual({ width: 330, docked: false });
    expect(at(759, 450, { detailsOpen: true }).graph.width).toBe(759);
    expect(at(760, 450, { detailsOpen: true }).details).toEqual({ width: 330, docked: true });
    // A 300 px panel has a two-row header: 200 − 2 × 36.
    expect(at(300, 200, { detailsOpen: true })).toMatchObject({
      bodyHeight: 128,
      graph: { width: 300, height: 128 },
      details: { width: 300, docked: false },
      insights: null,
    });
  });

  it('keeps the graph 80 px tall in a panel too short for it (the panel clips the rest)', () => {
    expect(at(200, 100).bodyHeight).toBe(80);
    expect(at(200, 0, { noticeCount: 2 }).graph).toEqual({ width: 200, height: 80 });
  });

  it('gives a heatmap in a panel a few pixels wide no width rather than a negative one', () => {
    expect(at(10, 500).insights?.heatmap).toEqual({ width: 0, height: 138 });
  });

  describe('invariants, over a sweep of sizes and every combination of parts', () => {
    const widths = [0, 1, 10, 27, 28, 100, 329, 330, 331, 759, 760, 761, 800, 1280, 1600, 2560];
    const heights = [0, 50, 115, 116, 155, 156, 200, 419, 420, 421, 450, 720, 766, 767, 1000, 2000];
    const cases: PanelLayoutInput[] = [];
    for (const width of widths) {
      for (const height of heights) {
        for (let flags = 0; flags < 8; flags++) {
          for (const noticeCount of [0, 1, 2]) {
            const [showRisk, showDrift, detailsOpen] = [flags & 1, flags & 2, flags & 4].map(Boolean);
            cases.push({ width, height, noticeCount, showRisk, showDrift, detailsOpen });
          }
        }
      }
    }
    const numbers = (value: unknown): number[] =>
      typeof value === 'number'
        ? [value]
        : value !== null && typeof value === 'object'
          ? Object.values(value).flatMap(numbers)
          : [];

    it('never gives a negative size, nor a fractional one for a whole-pixel panel', () => {
      for (const input of cases) {
        for (const n of numbers(panelLayout(input))) {
          expect(n).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(n)).toBe(true);
        }
      }
    });

    it('never gives a part more width than the panel; graph and docked pane share it exactly', () => {
      for (const input of cases) {
        const layout = panelLayout(input);
        expect(layout.graph.width).toBeLessThanOrEqual(input.width);
        expect(layout.details?.width ?? 0).toBeLessThanOrEqual(input.width);
        expect(layout.insights?.heatmap?.width ?? 0).toBeLessThanOrEqual(input.width);
        const docked = layout.details?.docked ? layout.details.width : 0;
        expect(layout.graph.width + docked).toBe(input.width);
      }
    });

    it('stacks the rows to exactly the panel height whenever it has room for the 80 px graph', () => {
      for (const input of cases) {
        const layout = panelLayout(input);
        const insights = layout.insights?.height ?? 0;
        const stacked = layout.headerHeight + layout.noticesHeight + layout.bodyHeight + insights;
        if (input.height >= layout.headerHeight + input.noticeCount * 20 + 80) {
          expect(stacked).toBe(input.height);
        } else {
          expect(layout.bodyHeight).toBe(80);
        }
        expect(layout.graph.height).toBe(layout.bodyHeight);
        if (layout.insights?.heatmap) {
          expect(layout.insights.heatmap.height).toBeLessThan(layout.insights.height);
        }
      }
    });

    it('shows what is asked for: the details pane when open, the risk bars and heatmap as chosen', () => {
      for (const input of cases) {
        const layout = panelLayout(input);
        expect(layout.details !== null).toBe(input.detailsOpen);
        if (layout.details?.docked) {
          expect(layout.details.width).toBe(DETAILS_WIDTH);
        }
        if (layout.insights) {
          expect(layout.insights.risk).toBe(input.showRisk);
          expect(layout.insights.heatmap !== null).toBe(input.showDrift);
        }
      }
    });
  });
});
