/**
 * The drift heatmap's grid: one row per feature and drift method, its label then one cell per time bin
 * in viridis on the method's own scale (no data: the background colour), the raw value in each cell's
 * tooltip.
 */
import React from 'react';
import type { TimeZone } from '@grafana/schema';
import { useTheme2 } from '@grafana/ui';
import type { DriftMatrix } from '../model/drift';
import { driftRowLabel, LABEL_WIDTH, relativeDrift } from '../model/heatmapView';
import { DriftRowLabel } from './DriftAxis';
import { formatTime } from './format';
import { viridis } from './palette';

interface Props {
  matrix: DriftMatrix;
  rowHeight: number;
  cellWidth: number;
  timeZone: TimeZone;
}

/** The rows as SVG groups, each its label and its cells. */
export function DriftGrid({ matrix, rowHeight, cellWidth, timeZone }: Props) {
  const theme = useTheme2();
  return (
    <>
      {matrix.rows.map((row, r) => {
        const label = driftRowLabel(row);
        return (
          <g key={`${row.feature}:${row.method}`}>
            <DriftRowLabel label={label} row={r} rowHeight={rowHeight} />
            {matrix.cells[r].map((v, b) => (
              <rect
                key={b}
                x={LABEL_WIDTH + b * cellWidth}
                y={r * rowHeight}
                width={Math.max(1, cellWidth - 1)}
                height={rowHeight - 1}
                fill={v === null ? theme.colors.background.secondary : viridis(relativeDrift(matrix, r, v))}
              >
                <title>{`${label} · ${formatTime(matrix.binStarts[b], timeZone)} · ${v === null ? 'no data' : v.toFixed(4)}`}</title>
              </rect>
            ))}
          </g>
        );
      })}
    </>
  );
}
