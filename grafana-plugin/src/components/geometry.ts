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
}

export interface Point {
  x: number;
  y: number;
}

const PAD = 12;
const HEADER = 30;
const CARD_GAP = 10;
const EDGE_ROOM = 56;

/**
 * Geometry for `layerCount` layers in a viewport `width` pixels wide. Left to right, columns share the
 * width (cards 200–300 px wide, at least 56 px between columns for the edges) and scroll sideways when
 * they cannot fit; top to bottom, cards are 220 px wide and rows 56 px apart.
 */
export function makeGeometry(
  orientation: Orientation,
  width: number,
  layerCount: number,
  sparklines: boolean
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
    };
  }
  const layers = Math.max(1, layerCount);
  const column = Math.max(200 + EDGE_ROOM, (width - 2 * PAD + EDGE_ROOM) / layers);
  const cardWidth = Math.min(300, column - EDGE_ROOM);
  return {
    orientation,
    cardWidth,
    cardHeight,
    layerPitch: column,
    cardPitch: cardHeight + CARD_GAP,
    leadIn: HEADER,
    pad: PAD,
  };
}

/** Top-left corner of the card at `index` in `layer`. */
export function cardOrigin(g: Geometry, layer: number, index: number): Point {
  const along = g.pad + layer * g.layerPitch;
  const across = g.pad + g.leadIn + index * g.cardPitch;
  return g.orientation === 'horizontal' ? { x: along, y: across } : { x: across, y: along + g.leadIn };
}

/** Size of the scrollable content holding layers of the given lengths. */
export function contentSize(g: Geometry, layerLengths: readonly number[]): { width: number; height: number } {
  const longest = Math.max(0, ...layerLengths);
  const along =
    2 * g.pad +
    Math.max(0, layerLengths.length - 1) * g.layerPitch +
    (g.orientation === 'horizontal' ? g.cardWidth : g.cardHeight + g.leadIn);
  const across =
    2 * g.pad +
    g.leadIn +
    Math.max(0, longest - 1) * g.cardPitch +
    (g.orientation === 'horizontal' ? g.cardHeight : g.cardWidth);
  return g.orientation === 'horizontal' ? { width: along, height: across } : { width: across, height: along };
}

/**
 * Indices [start, end) of a layer's cards that intersect the viewport span [offset, offset + size) along
 * the card axis, widened by `overscan` cards each side and clamped to [0, count).
 *
 * @example visibleRange(g, 0, 400, 1000, 2) // [0, 7]: cards 0–4 are in view at 88 px per card, plus 2
 */
export function visibleRange(
  g: Geometry,
  offset: number,
  size: number,
  count: number,
  overscan: number
): [number, number] {
  const first = g.pad + g.leadIn;
  const start = Math.floor((offset - first) / g.cardPitch) - overscan;
  const end = Math.ceil((offset + size - first) / g.cardPitch) + overscan;
  return [Math.max(0, start), Math.min(count, Math.max(0, end))];
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

/** Whether an edge between two cards can cross the viewport span [offset, offset + size) on the card axis. */
export function edgeCrossesView(g: Geometry, parent: Point, child: Point, offset: number, size: number): boolean {
  const a = g.orientation === 'horizontal' ? parent.y : parent.x;
  const b = g.orientation === 'horizontal' ? child.y : child.x;
  const extent = g.orientation === 'horizontal' ? g.cardHeight : g.cardWidth;
  return Math.min(a, b) <= offset + size && Math.max(a, b) + extent >= offset;
}
