/**
 * The drift heatmap's colour legend: the viridis gradient (an SVG definition the legends refer to) and,
 * under the time axis, one line per drift method with its own numeric scale, from 0 to the method's
 * largest value in range (|z| for z-tests), since statistics of different methods are not comparable.
 */
import React from 'react';
import { useTheme2 } from '@grafana/ui';
import type { DriftMatrix } from '../model/drift';
import { formatDrift, LABEL_WIDTH, LEGEND_LINE, legendMethods, methodLabel } from '../model/heatmapView';
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
  matrix: DriftMatrix;
  gradientId: string;
  /** Top of the legend: under the time axis. */
  y: number;
  width: number;
}

/** Per method: its name, "0", the gradient bar and the method's largest value. */
export function DriftLegend({ matrix, gradientId, y, width }: Props) {
  const theme = useTheme2();
  const text = { fill: theme.colors.text.secondary, fontSize: 11, dominantBaseline: 'central' as const };
  return (
    <g transform={`translate(${LABEL_WIDTH}, ${y})`} data-testid="drift-legend">
      {legendMethods(matrix).map((method, i) => (
        <g key={method} transform={`translate(0, ${i * LEGEND_LINE})`} data-legend-method={method}>
          <text x={-34} y={6} textAnchor="end" {...text}>
            {methodLabel(method)}
          </text>
          <text x={-6} y={6} textAnchor="end" {...text}>
            0
          </text>
          <rect x={0} y={1} width={width} height={10} fill={`url(#${gradientId})`} />
          <text x={width + 6} y={6} {...text}>
            {formatDrift(matrix.methodMax[method])}
          </text>
        </g>
      ))}
    </g>
  );
}
