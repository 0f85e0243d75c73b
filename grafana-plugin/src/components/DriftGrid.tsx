/**
 * The drift heatmap's grid: one row per feature, its label then one cell per time bin in viridis on the
 * cell's method's own scale (no data: the background colour), the method and value in each cell's
 * tooltip; the row a selected node is about is outlined, and the pinned time marked.
 */
import React from 'react';
import type { TimeZone } from '@grafana/schema';
import { useTheme2 } from '@grafana/ui';
import type { DriftMatrix } from '../model/drift';
import { cellText, driftRowLabel, LABEL_WIDTH, relativeDrift } from '../model/heatmapView';
import { DriftRowLabel } from './DriftAxis';
import { formatTime } from './format';
import { viridis } from './palette';

interface Props {
  matrix: DriftMatrix;
  rowHeight: number;
  cellWidth: number;
  timeZone: TimeZone;
  /** The feature whose row is outlined (a selected drift node's), or null. */
  focusFeature: string | null;
}

/** The rows as SVG groups, each its label and its cells. */
export function DriftGrid({ matrix, rowHeight, cellWidth, timeZone, focusFeature }: Props) {
  const theme = useTheme2();
  const width = cellWidth * matrix.binStarts.length;
  return (
    <>
      {matrix.rows.map((row, r) => {
        const label = driftRowLabel(row);
        const focused = row.feature === focusFeature;
        return (
          <g
            key={row.feature}
            data-drift-row={`${matrix.model}/${row.feature}`}
            data-focused={focused ? 'true' : undefined}
            tabIndex={focused ? -1 : undefined}
            aria-label={focused ? `${label}, drift row of the selected node` : undefined}
          >
            <DriftRowLabel label={label} row={r} rowHeight={rowHeight} />
            {matrix.cells[r].map((cell, b) => (
              <rect
                key={b}
                x={LABEL_WIDTH + b * cellWidth}
                y={r * rowHeight}
                width={Math.max(1, cellWidth - 1)}
                height={rowHeight - 1}
                fill={cell === null ? theme.colors.background.secondary : viridis(relativeDrift(matrix, cell))}
              >
                <title>{`${label} · ${formatTime(matrix.binStarts[b], timeZone)} · ${cell === null ? 'no data' : cellText(cell)}`}</title>
              </rect>
            ))}
            {focused && (
              <rect
                x={LABEL_WIDTH - 1}
                y={r * rowHeight - 1}
                width={width + 1}
                height={rowHeight + 1}
                fill="none"
                stroke={theme.colors.text.primary}
                strokeWidth={2}
                pointerEvents="none"
              />
            )}
          </g>
        );
      })}
    </>
  );
}
