/** Dashboard annotations (PanelData.annotations) as time marks for the sparklines. */
import type { DataFrame } from '@grafana/data';

export interface AnnotationMark {
  /** Unix ms. */
  time: number;
  /** Unix ms; equal to `time` for a point annotation. */
  timeEnd: number;
  text: string;
  /** Colour as Grafana gives it (a name or CSS colour); empty when none. */
  color: string;
}

/**
 * Reads annotation frames (fields `time`, optional `timeEnd`, `text` or `title`, `color`), skipping rows
 * without a finite time; sorted by time. O(rows log rows).
 *
 * @example readAnnotations([toDataFrame({ fields: [{ name: 'time', values: [5] }, { name: 'text', values: ['deploy'] }] })])
 * // [{ time: 5, timeEnd: 5, text: 'deploy', color: '' }]
 */
export function readAnnotations(frames: readonly DataFrame[] | undefined): AnnotationMark[] {
  const out: AnnotationMark[] = [];
  for (const frame of frames ?? []) {
    const field = (name: string) => frame.fields.find((f) => f.name === name);
    const time = field('time');
    if (!time) {
      continue;
    }
    const timeEnd = field('timeEnd');
    const text = field('text') ?? field('title');
    const color = field('color');
    for (let i = 0; i < frame.length; i++) {
      const t = finite(time.values[i]);
      if (!Number.isFinite(t)) {
        continue;
      }
      const end = finite(timeEnd?.values[i]);
      out.push({
        time: t,
        timeEnd: Number.isFinite(end) && end >= t ? end : t,
        text: String(text?.values[i] ?? ''),
        color: String(color?.values[i] ?? ''),
      });
    }
  }
  return out.sort((a, b) => a.time - b.time);
}

function finite(v: unknown): number {
  return typeof v === 'number' ? v : v instanceof Date ? v.getTime() : NaN;
}
