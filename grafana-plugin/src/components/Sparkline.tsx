import React, { useCallback, useState } from 'react';
import { dateTimeFormat } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import type { AnnotationMark } from '../model/annotations';
import { nearestSample } from '../model/sparkline';

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
  /** [bottom, top] of the plot; default the score's [0, 1]. */
  domain?: [number, number];
  /** Threshold lines, in the plot's unit, drawn dashed in their colours. */
  thresholds?: { warning: number | null; critical: number | null };
  thresholdColors?: { warning: string; critical: string };
  /** The hovered sample's value in words, for the value tooltip; default two decimals. */
  formatValue?: (v: number) => string;
  /** Time zone of the tooltip's time; default the browser's. */
  timeZone?: TimeZone;
  /** A moment pinned on the dashboard (Unix ms), marked with a solid line; null or absent when none. */
  pinnedTime?: number | null;
  /** Tooltip colours: background and text. */
  tooltipColors?: { background: string; text: string };
}

const y = (v: number, domain: [number, number], height: number) => {
  const f = (Math.min(domain[1], Math.max(domain[0], v)) - domain[0]) / (domain[1] - domain[0] || 1);
  return 1 + (1 - f) * (height - 2);
};

/** Polylines of the values, broken at gaps, in the sparkline's pixel space (domain default [0, 1]). O(points). */
export function sparklinePaths(
  times: readonly number[],
  values: ReadonlyArray<number | null>,
  from: number,
  to: number,
  width: number,
  height: number,
  domain: [number, number] = [0, 1]
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
    current += `${current ? 'L' : 'M'}${x.toFixed(1)},${y(v, domain, height).toFixed(1)}`;
  });
  if (current) {
    paths.push(current);
  }
  return paths;
}

/**
 * A sparkline over the dashboard's time range: the line, its threshold lines, dashboard annotations, the
 * time cursor and the pinned time; hovering shows the nearest sample's value and time.
 */
export function Sparkline(props: Props) {
  const { times, values, from, to, width, height, color, muted, onHover } = props;
  const domain = props.domain ?? [0, 1];
  const [hovered, setHovered] = useState<number | null>(null);
  const handleMove = useCallback(
    (e: React.MouseEvent<SVGSVGElement>) => {
      const box = e.currentTarget.getBoundingClientRect();
      const f = Math.min(1, Math.max(0, (e.clientX - box.left) / Math.max(1, box.width)));
      const time = from + f * (to - from);
      setHovered(time);
      onHover?.(time);
    },
    [from, to, onHover]
  );
  const leave = useCallback(() => {
    setHovered(null);
    onHover?.(null);
  }, [onHover]);
  const paths = sparklinePaths(times, values, from, to, width, height, domain);
  const sample = hovered === null ? null : nearestSample(times, values, hovered);
  return (
    <svg
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
      onMouseMove={handleMove}
      onMouseLeave={leave}
      style={{ display: 'block', overflow: 'visible' }}
    >
      <line x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} stroke={muted} strokeWidth={1} />
      <ThresholdLines {...props} domain={domain} />
      <AnnotationMarks {...props} />
      {paths.map((d, i) => (
        <path key={i} d={d} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" />
      ))}
      <TimeMarks {...props} />
      {sample !== null && <ValueTooltip {...props} domain={domain} sample={sample} />}
    </svg>
  );
}

function AnnotationMarks({ annotations, from, to, width, height, annotationColor }: Props) {
  const xOf = (t: number) => ((t - from) / Math.max(1, to - from)) * width;
  return (
    <>
      {annotations
        .filter((a) => a.timeEnd >= from && a.time <= to)
        .map((a, i) => {
          const x0 = xOf(Math.max(from, a.time));
          const x1 = xOf(Math.min(to, a.timeEnd));
          return (
            <g key={i} data-annotation="true">
              {x1 - x0 > 1 && (
                <rect x={x0} width={x1 - x0} y={0} height={height} fill={annotationColor} opacity={0.14} />
              )}
              <line x1={x0} x2={x0} y1={0} y2={height} stroke={annotationColor} strokeWidth={1} opacity={0.8} />
              <title>{a.text}</title>
            </g>
          );
        })}
    </>
  );
}

// The time cursor (dashed) and the pinned time (solid).
function TimeMarks({ cursor, from, to, width, height, cursorColor, pinnedTime }: Props) {
  const xOf = (t: number) => ((t - from) / Math.max(1, to - from)) * width;
  const pinned = pinnedTime ?? null;
  return (
    <>
      {cursor !== null && cursor >= from && cursor <= to && (
        <line
          x1={xOf(cursor)}
          x2={xOf(cursor)}
          y1={0}
          y2={height}
          stroke={cursorColor}
          strokeWidth={1}
          strokeDasharray="2 2"
        />
      )}
      {pinned !== null && pinned >= from && pinned <= to && (
        <line
          data-pinned-time="true"
          x1={xOf(pinned)}
          x2={xOf(pinned)}
          y1={-2}
          y2={height + 2}
          stroke={cursorColor}
          strokeWidth={2}
        />
      )}
    </>
  );
}

function ThresholdLines({
  thresholds,
  thresholdColors,
  domain,
  width,
  height,
  muted,
}: Props & { domain: [number, number] }) {
  if (!thresholds) {
    return null;
  }
  return (
    <>
      {(['warning', 'critical'] as const).map((level) => {
        const v = thresholds[level];
        if (v === null || v < domain[0] || v > domain[1]) {
          return null;
        }
        const yy = y(v, domain, height);
        return (
          <line
            key={level}
            data-threshold={level}
            x1={0}
            x2={width}
            y1={yy}
            y2={yy}
            stroke={thresholdColors?.[level] ?? muted}
            strokeWidth={1}
            strokeDasharray={level === 'critical' ? '4 2' : '1 2'}
            opacity={0.9}
          />
        );
      })}
    </>
  );
}

function ValueTooltip(p: Props & { domain: [number, number]; sample: { time: number; value: number } }) {
  const { sample, domain, from, to, width, height } = p;
  const x = ((sample.time - from) / Math.max(1, to - from)) * width;
  const text = `${(p.formatValue ?? ((v: number) => v.toFixed(2)))(sample.value)} · ${dateTimeFormat(sample.time, {
    timeZone: p.timeZone,
    format: 'HH:mm:ss',
  })}`;
  const w = text.length * 6.2 + 10;
  const left = Math.min(Math.max(0, x - w / 2), Math.max(0, width - w));
  return (
    <g data-testid="sparkline-tooltip" pointerEvents="none">
      <circle cx={x} cy={y(sample.value, domain, height)} r={2.5} fill={p.color} />
      <rect
        x={left}
        y={-19}
        width={w}
        height={16}
        rx={2}
        fill={p.tooltipColors?.background ?? 'black'}
        opacity={0.92}
      />
      <text x={left + 5} y={-7} fontSize={11} fill={p.tooltipColors?.text ?? 'white'}>
        {text}
      </text>
    </g>
  );
}
