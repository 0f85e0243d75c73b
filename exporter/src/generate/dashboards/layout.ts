/** Flow layout on Grafana's 24-column grid: panels fill a line left to right, rows start a new line. */
import type { RowPanel } from '@grafana/schema';
import { row, type GridPos } from './panels';

export interface Layout {
  /** The position of the next panel of width `w` and height `h`. */
  place(w: number, h: number): GridPos;
  /** A row header on a new line. */
  row(title: string): RowPanel;
}

export function createLayout(): Layout {
  let x = 0;
  let y = 0;
  let lineHeight = 0;
  const newline = () => {
    if (x > 0) {
      y += lineHeight;
      x = 0;
      lineHeight = 0;
    }
  };
  return {
    place(w, h) {
      if (x + w > 24) newline();
      const pos = { x, y, w, h };
      x += w;
      lineHeight = Math.max(lineHeight, h);
      return pos;
    },
    row(title) {
      newline();
      const header = row(title, y);
      y += 1;
      return header;
    },
  };
}
