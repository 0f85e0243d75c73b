/**
 * The panel's boxes in pixels, from its width and height: the header, the notices, the body row (the
 * graph, with the details pane docked beside it or overlaid on it) and the insights row under it (risk
 * bars, drift heatmap). Pure, so the arithmetic is tested without rendering.
 */

/** One header row. */
export const HEADER_HEIGHT = 36;
/** Narrower panels put the totals on a second header row, under the breadcrumb and the time control. */
const HEADER_TWO_ROWS_BELOW = 720;
/** Narrower panels show the totals without their notes (in the tooltip) and a shorter time slider: at
 * 1280 px the notes would otherwise cut into the breadcrumb after a drill-down. */
const HEADER_COMPACT_BELOW = 1400;
export const DETAILS_WIDTH = 330;
/** One line per notice. */
const NOTICE_HEIGHT = 20;
/** The graph never gets less; a panel too short for it clips it. */
const MIN_BODY_HEIGHT = 80;
/** Shorter panels give all their height to the graph. */
const INSIGHTS_MIN_PANEL_HEIGHT = 420;
/** Narrower panels overlay the details pane on the graph instead of docking it. */
const DOCK_MIN_PANEL_WIDTH = 760;
/** Share of the insights row's width left to the heatmap beside the risk bars (which take 42%). */
const HEATMAP_SHARE_BESIDE_RISK = 0.58;
/** What the insights row's padding takes from the heatmap. */
const HEATMAP_INSET_X = 16;
const HEATMAP_INSET_Y = 12;

export interface PanelLayoutInput {
  width: number;
  height: number;
  /** Notices shown above the body, one line each. */
  noticeCount: number;
  /** Risk bars asked for and something to show in them. */
  showRisk: boolean;
  showDrift: boolean;
  /** A node is selected, so its details pane is open. */
  detailsOpen: boolean;
  /** Impact measures in the header's totals (0 when hidden). */
  totals?: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface PanelLayout {
  headerHeight: number;
  /** 1, or 2 when the totals go under the breadcrumb and time control. */
  headerRows: number;
  /** Totals without notes, shorter slider. */
  compactHeader: boolean;
  noticesHeight: number;
  /** The body row: the graph, and the details pane at the body's full height. */
  bodyHeight: number;
  /** The graph: the body row less a docked details pane. */
  graph: Size;
  /** The details pane, docked beside the graph or overlaid on its right side; null when closed. */
  details: { width: number; docked: boolean } | null;
  /** The insights row under the body; null when it has nothing to show or the panel is too short. */
  insights: { height: number; risk: boolean; heatmap: Size | null } | null;
}

/**
 * Lays the panel out.
 *
 * Convention: the header is one 36 px row, or two below 720 px of width or below 1400 px with more than
 * one impact measure (the totals go under the breadcrumb and the time control), and compact below
 * 1400 px; notices take their fixed heights; panels at least 420 px tall with risk bars
 * or drift to show get an insights row of 30% of the height, kept within 150–230 px; the body takes the
 * rest, but never less than 80 px (a panel shorter than header + notices + 80 px clips the graph rather
 * than squeeze it). A panel at least 760 px wide docks the details pane (330 px) beside the graph;
 * narrower ones overlay it on the graph, at most the panel's width. No size is negative. O(1).
 *
 * @example panelLayout({ width: 800, height: 450, noticeCount: 0, showRisk: true, showDrift: true, detailsOpen: false }).graph
 * // { width: 800, height: 264 }
 */
export function panelLayout(input: PanelLayoutInput): PanelLayout {
  const { width, height } = input;
  const insightsHeight =
    (input.showRisk || input.showDrift) && height >= INSIGHTS_MIN_PANEL_HEIGHT
      ? Math.round(Math.min(230, Math.max(150, height * 0.3)))
      : 0;
  const noticesHeight = input.noticeCount * NOTICE_HEIGHT;
  const manyTotals = (input.totals ?? 0) > 1 && width < HEADER_COMPACT_BELOW;
  const headerRows = width < HEADER_TWO_ROWS_BELOW || manyTotals ? 2 : 1;
  const headerHeight = headerRows * HEADER_HEIGHT;
  const bodyHeight = Math.max(MIN_BODY_HEIGHT, height - headerHeight - insightsHeight - noticesHeight);
  const docked = input.detailsOpen && width >= DOCK_MIN_PANEL_WIDTH;
  return {
    headerHeight,
    headerRows,
    compactHeader: width < HEADER_COMPACT_BELOW,
    noticesHeight,
    bodyHeight,
    graph: { width: docked ? width - DETAILS_WIDTH : width, height: bodyHeight },
    details: input.detailsOpen ? { width: docked ? DETAILS_WIDTH : Math.min(width, DETAILS_WIDTH), docked } : null,
    insights:
      insightsHeight > 0
        ? {
            height: insightsHeight,
            risk: input.showRisk,
            heatmap: input.showDrift ? heatmapSize(width, insightsHeight, input.showRisk) : null,
          }
        : null,
  };
}

// Zero rather than negative in a panel only a few pixels wide: the heatmap widens its grid to 60 px
// whatever it is given, so the clamp changes nothing on screen.
function heatmapSize(width: number, insightsHeight: number, besideRisk: boolean): Size {
  const share = besideRisk ? Math.floor(width * HEATMAP_SHARE_BESIDE_RISK) : width;
  return { width: Math.max(0, share - HEATMAP_INSET_X), height: insightsHeight - HEATMAP_INSET_Y };
}
