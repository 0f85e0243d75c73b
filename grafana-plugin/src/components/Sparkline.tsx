import React, { useCallback } from 'react';
import type { AnnotationMark } from '../model/annotations';

interface Props {
  times: readonly number[];
  values: ReadonlyArray<number | null>;
  /** Time range shown, Unix ms. */
  from: number;
  to: number;
  width: number;
  height: number;
  color: string;
  /** Colour of the baseline and annotation marks. */
  muted: string;
  annotationColor: string;
  annotations: readonly AnnotationMark[];
  /** Time cursor, Unix ms, or null when live. */
  cursor: number | null;
  cursorColor: string;
  /** Hovering previews the cascade at that moment; leaving ends the preview. */
  onHover?: (time: number | null) => void;
}

/** Score (0..1) polylines, broken at gaps, in the sparkline's pixel space. O(points). */
export function sparklinePaths(
  times: readonly number[],
  values: ReadonlyArray<number | null>,
  from: number,
  to: number,
  width: number,
  height: number
): string[] {
  const span = Math.max(1, to - from);
  const paths: string[] = [];
  let current = '';
  times.forEach((t, i) => {
    const v = values[i];
    if (v === null || t < from || t > to) {
      if (current) {
        paths.push(current);
      }
      current = '';
      return;
    }
    const x = ((t - from) / span) * width;
    const y = 1 + (1 - Math.min(1, Math.max(0, v))) * (height - 2);
    current += `${current ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
  });
  if (current) {
    paths.push(current);
  }
  return paths;
}

/** A score sparkline over the dashboard's time range, with dashboard annotations and the time cursor. */
export function Sparkline(props: Props) {
  const { times, values, from, to, width, height, color, muted, annotations, cursor, onHover } = props;
  const span = Math.max(1, to - from);
  const xOf = (t: number) => ((t - from) / span) * width;
  const handleMove = useCallback(
    (e: React.MouseEvent<SVGSVGElement>) => {
      const box = e.currentTarget.getBoundingClientRect();
      const f = Math.min(1, Math.max(0, (e.clientX - box.left) / Math.max(1, box.width)));
      onHover?.(from + f * (to - from));
    },
    [from, to, onHover]
  );
  const paths = sparklinePaths(times, values, from, to, width, height);
  return (
    <svg
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
      onMouseMove={onHover ? handleMove : undefined}
      onMouseLeave={onHover ? () => onHover(null) : undefined}
      style={{ display: 'block', overflow: 'visible' }}
    >
      <line x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} stroke={muted} strokeWidth={1} />
      {annotations
        .filter((a) => a.timeEnd >= from && a.time <= to)
        .map((a, i) => {
          const x0 = xOf(Math.max(from, a.time));
          const x1 = xOf(Math.min(to, a.timeEnd));
          return (
            <g key={i} data-annotation="true">
              {x1 - x0 > 1 && (
                <rect x={x0} width={x1 - x0} y={0} height={height} fill={props.annotationColor} opacity={0.14} />
              )}
              <line x1={x0} x2={x0} y1={0} y2={height} stroke={props.annotationColor} strokeWidth={1} opacity={0.8} />
              <title>{a.text}</title>
            </g>
          );
        })}
      {paths.map((d, i) => (
        <path key={i} d={d} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" />
      ))}
      {cursor !== null && cursor >= from && cursor <= to && (
        <line
          x1={xOf(cursor)}
          x2={xOf(cursor)}
          y1={0}
          y2={height}
          stroke={props.cursorColor}
          strokeWidth={1}
          strokeDasharray="2 2"
        />
      )}
    </svg>
  );
}
