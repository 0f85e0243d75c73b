/**
 * The drift heatmap's colour legend: the viridis gradient (an SVG definition the legend refers to) and
 * the legend under the grid, from 0 to the largest value of each method.
 */
import React from 'react';
import { useTheme2 } from '@grafana/ui';
import { LABEL_WIDTH } from '../model/heatmapView';
import { VIRIDIS_STOPS } from './palette';

/** The gradient, for the SVG's `<defs>`. */
export function ViridisGradient({ id }: { id: string }) {
  return (
    <linearGradient id={id}>
      {VIRIDIS_STOPS.map((c, i) => (
        <stop key={c} offset={`${(100 * i) / (VIRIDIS_STOPS.length - 1)}%`} stopColor={c} />
      ))}
    </linearGradient>
  );
}

interface Props {
  gradientId: string;
  /** Top of the legend: under the last row. */
  y: number;
  width: number;
}

/** "0", the gradient bar, and what its end means. */
export function DriftLegend({ gradientId, y, width }: Props) {
  const theme = useTheme2();
  return (
    <g transform={`translate(${LABEL_WIDTH}, ${y})`}>
      <text x={-6} y={5} textAnchor="end" dominantBaseline="central" fill={theme.colors.text.secondary} fontSize={11}>
        0
      </text>
      <rect x={0} y={0} width={width} height={10} fill={`url(#${gradientId})`} />
      <text x={width + 6} y={5} dominantBaseline="central" fill={theme.colors.text.secondary} fontSize={11}>
        largest value of each method
      </text>
    </g>
  );
}
