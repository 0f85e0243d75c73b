/**
 * The drift heatmap's row axis: a row's label (feature · method) right-aligned against the grid, cut
 * with an ellipsis when too long.
 */
import React from 'react';
import { useTheme2 } from '@grafana/ui';
import { LABEL_WIDTH, shortRowLabel } from '../model/heatmapView';

interface Props {
  label: string;
  row: number;
  rowHeight: number;
}

/** The SVG text of row `row`'s label, centred on the row. */
export function DriftRowLabel({ label, row, rowHeight }: Props) {
  const theme = useTheme2();
  return (
    <text
      x={LABEL_WIDTH - 6}
      y={row * rowHeight + rowHeight / 2}
      textAnchor="end"
      dominantBaseline="central"
      fill={theme.colors.text.secondary}
      fontSize={Math.min(12, rowHeight)}
    >
      {shortRowLabel(label)}
    </text>
  );
}
