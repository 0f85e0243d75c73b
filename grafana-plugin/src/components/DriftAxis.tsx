/**
 * The drift heatmap's axes: a row's label (the feature) right-aligned against the grid, cut with an
 * ellipsis when too long and then carrying the whole name as its tooltip, and the time axis under the
 * grid, in the dashboard's time zone.
 */
import React from 'react';
import { dateTimeFormat } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useTheme2 } from '@grafana/ui';
import { AXIS_HEIGHT, LABEL_WIDTH, shortRowLabel, timeTicks } from '../model/heatmapView';

interface RowProps {
  label: string;
  row: number;
  rowHeight: number;
}

/** The SVG text of row `row`'s label, centred on the row; cut labels keep the whole one as tooltip. */
export function DriftRowLabel({ label, row, rowHeight }: RowProps) {
  const theme = useTheme2();
  const short = shortRowLabel(label);
  return (
    <text
      x={LABEL_WIDTH - 6}
      y={row * rowHeight + rowHeight / 2}
      textAnchor="end"
      dominantBaseline="central"
      fill={theme.colors.text.secondary}
      fontSize={Math.min(12, rowHeight)}
      data-truncated={short !== label ? 'true' : undefined}
    >
      {short !== label && <title>{label}</title>}
      {short}
    </text>
  );
}

interface TimeProps {
  from: number;
  to: number;
  /** Top of the axis: under the last row. */
  y: number;
  width: number;
  timeZone: TimeZone;
}

/** Ticks and times under the grid: `HH:mm`, with the date when the range spans more than a day. */
export function DriftTimeAxis({ from, to, y, width, timeZone }: TimeProps) {
  const theme = useTheme2();
  const format = to - from > 86_400_000 ? 'MM-DD HH:mm' : 'HH:mm';
  const ticks = timeTicks(from, to, width, format.length > 5 ? 90 : 60);
  return (
    <g transform={`translate(${LABEL_WIDTH}, ${y})`} data-testid="drift-time-axis">
      <line x1={0} x2={width} y1={0.5} y2={0.5} stroke={theme.colors.border.medium} />
      {ticks.map(({ time, x }) => (
        <g key={time} transform={`translate(${x}, 0)`}>
          <line y1={0} y2={4} stroke={theme.colors.border.medium} />
          <text
            y={AXIS_HEIGHT - 4}
            textAnchor={x < 20 ? 'start' : x > width - 20 ? 'end' : 'middle'}
            fill={theme.colors.text.secondary}
            fontSize={11}
          >
            {dateTimeFormat(time, { timeZone, format })}
          </text>
        </g>
      ))}
    </g>
  );
}
