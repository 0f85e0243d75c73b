/**
 * Pixel geometry of the cascade graph, pure so it can be unit tested and so virtualisation needs no DOM
 * measurement: every card has a fixed size, a layer is a column (left to right) or a row (top to
 * bottom), and a card's place follows from its layer and index alone.
 */
import type { Orientation } from '../types';

export interface Geometry {
  orientation: Orientation;
  cardWidth: number;
  cardHeight: number;
  /** Distance from one layer's start to the next's. */
  layerPitch: number;
  /** Distance from one card's start to the next's inside a layer. */
  cardPitch: number;
  /** Offset of the first card along the layer axis (room for the layer titles). */
  leadIn: number;
  pad: number;
  /** Index of the layer laid out in several lanes side by side (the last, left to right), or -1. */
  laneLayer: number;
  /** Lanes of `laneLayer` (1 when none). */
  lanes: number;
}

export interface Point {
  x: number;
  y: number;
}

const PAD = 12;
const HEADER = 30;
const CARD_GAP = 10;
const EDGE_ROOM = 56;

const MAX_CARD = 300;

/**
 * Geometry for `layerCount` layers in a viewport `width` pixels wide. Left to right, columns share the
 * width (cards 200–300 px wide, at least 56 px between columns for the edges) and scroll sideways when
 * they cannot fit; width left over once every card is 300 px wide goes to extra lanes of the last layer
 * when `lanesForLast` (the base tier: its cards fill lanes row by row, so it needs fewer screens of
 * scrolling). Top to bottom, cards are 220 px wide and rows 56 px apart, one lane each.
 */
export function makeGeometry(
  orientation: Orientation,
  width: number,
  layerCount: number,
  sparklines: boolean,
  lanesForLast = false
): Geometry {
  const cardHeight = sparklines ? 78 : 58;
  if (orientation === 'vertical') {
    const cardWidth = 220;
    return {
      orientation,
      cardWidth,
      cardHeight,
      layerPitch: cardHeight + EDGE_ROOM + 18,
      cardPitch: cardWidth + CARD_GAP,
      leadIn: 22,
      pad: PAD,
      laneLayer: -1,
      lanes: 1,
    };
  }
  const layers = Math.max(1, layerCount);
  const column = Math.max(200 + EDGE_ROOM, (width - 2 * PAD + EDGE_ROOM) / layers);
  const cardWidth = Math.min(MAX_CARD, column - EDGE_ROOM);
  const fixed = 2 * PAD + (layers - 1) * (MAX_CARD + EDGE_ROOM);
  const lanes = lanesForLast ? Math.max(1, Math.floor((width - fixed + CARD_GAP) / (MAX_CARD + CARD_GAP))) : 1;
  return {
    orientation,
    cardWidth,
    cardHeight,
    layerPitch: lanes > 1 ? MAX_CARD + EDGE_ROOM : column,
    cardPitch: cardHeight + CARD_GAP,
    leadIn: HEADER,
    pad: PAD,
    laneLayer: lanes > 1 ? layers - 1 : -1,
    lanes,
  };
}

/** Lanes of layer `layer`: `g.lanes` for the lane layer, else 1. */
export function lanesOf(g: Geometry, layer: number): number {
  return layer === g.laneLayer ? g.lanes : 1;
}

/** Width of layer `layer` across its lanes. */
export function layerWidth(g: Geometry, layer: number): number {
  const lanes = lanesOf(g, layer);
  return lanes * g.cardWidth + (lanes - 1) * CARD_GAP;
}

/** Top-left corner of the card at `index` in `layer` (in a lane layer: lane `index % lanes`, row `index / lanes`). */
export function cardOrigin(g: Geometry, layer: number, index: number): Point {
  const lanes = lanesOf(g, layer);
  const along = g.pad + layer * g.layerPitch + (index % lanes) * (g.cardWidth + CARD_GAP);
  const across = g.pad + g.leadIn + Math.floor(index / lanes) * g.cardPitch;
  return g.orientation === 'horizontal' ? { x: along, y: across } : { x: across, y: along + g.leadIn };
}

/** Size of the scrollable content holding layers of the given lengths. */
export function contentSize(g: Geometry, layerLengths: readonly number[]): { width: number; height: number } {
  const longest = Math.max(0, ...layerLengths.map((n, i) => Math.ceil(n / lanesOf(g, i))));
  const last = Math.max(0, layerLengths.length - 1);
  const along =
    2 * g.pad + last * g.layerPitch + (g.orientation === 'horizontal' ? layerWidth(g, last) : g.cardHeight + g.leadIn);
  const across =
    2 * g.pad +
    g.leadIn +
    Math.max(0, longest - 1) * g.cardPitch +
    (g.orientation === 'horizontal' ? g.cardHeight : g.cardWidth);
  return g.orientation === 'horizontal' ? { width: along, height: across } : { width: across, height: along };
}

/**
 * Indices [start, end) of a layer's cards that intersect the viewport span [offset, offset + size) along
 * the card axis, widened by `overscan` rows each side and clamped to [0, count); a layer of several
 * `lanes` counts whole rows of lanes.
 *
 * @example visibleRange(g, 0, 400, 1000, 2) // [0, 7]: cards 0–4 are in view at 88 px per card, plus 2
 */
export function visibleRange(
  g: Geometry,
  offset: number,
  size: number,
  count: number,
  overscan: number,
  lanes = 1
): [number, number] {
  const first = g.pad + g.leadIn;
  const start = (Math.floor((offset - first) / g.cardPitch) - overscan) * lanes;
  const end = (Math.ceil((offset + size - first) / g.cardPitch) + overscan) * lanes;
  return [Math.max(0, start), Math.min(count, Math.max(0, end))];
}

/**
 * A pinned card's origin: `o` moved along the card axis into the viewport span [offset, offset + size)
 * (below the layer headings), so the selected path's parents stay in view while the graph scrolls.
 *
 * @example pinInView(g, { x: 12, y: 4000 }, 0, 400) // { x: 12, y: 310 }: the bottom of a 400 px view
 */
export function pinInView(g: Geometry, o: Point, offset: number, size: number): Point {
  const horizontal = g.orientation === 'horizontal';
  const extent = horizontal ? g.cardHeight : g.cardWidth;
  const lo = offset + g.pad + (horizontal ? g.leadIn : 0);
  const hi = Math.max(lo, offset + size - extent - g.pad);
  const across = horizontal ? o.y : o.x;
  const pinned = Math.min(hi, Math.max(lo, across));
  return horizontal ? { x: o.x, y: pinned } : { x: pinned, y: o.y };
}

/** SVG path of the edge from a parent card to a child card (a smooth S-curve between facing sides). */
export function edgePath(g: Geometry, parent: Point, child: Point): string {
  if (g.orientation === 'horizontal') {
    const x1 = parent.x + g.cardWidth;
    const y1 = parent.y + g.cardHeight / 2;
    const x2 = child.x;
    const y2 = child.y + g.cardHeight / 2;
    const mx = (x1 + x2) / 2;
    return `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
  }
  const x1 = parent.x + g.cardWidth / 2;
  const y1 = parent.y + g.cardHeight;
  const x2 = child.x + g.cardWidth / 2;
  const y2 = child.y;
  const my = (y1 + y2) / 2;
  return `M${x1},${y1} C${x1},${my} ${x2},${my} ${x2},${y2}`;
}

/**
 * The slot of each of a lane layer's `count` cards: in order, `lanes` to a row, each group (its first
 * index in `starts`) opening a new row, so a row never mixes two parents. O(count).
 *
 * @example laneSlots(5, [0, 3], 2) // [0, 1, 2, 4, 5]: the second group starts the third row
 */
export function laneSlots(count: number, starts: readonly number[], lanes: number): number[] {
  const opens = new Set(starts);
  const slots: number[] = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    if (opens.has(i) && next % lanes !== 0) {
      next += lanes - (next % lanes);
    }
    slots.push(next++);
  }
  return slots;
}

/** The first index whose slot is at least `slot` in ascending `slots` (binary search); `slots.length` if none. */
export function indexOfSlot(slots: readonly number[], slot: number): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (slots[mid] < slot) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
