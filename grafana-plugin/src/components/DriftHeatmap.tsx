import React, { useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { binDrift, driftModels } from '../model/drift';
import type { DriftSeries } from '../model/types';
import { formatTime } from './format';
import { viridis, VIRIDIS_STOPS } from './palette';

interface Props {
  drift: readonly DriftSeries[];
  from: number;
  to: number;
  width: number;
  height: number;
  timeZone: TimeZone;
  /** Model to open first; falls back to the first model with drift series. */
  preferredModel: string;
}

const LABEL_WIDTH = 170;
const LEGEND_HEIGHT = 22;

/**
 * Features × time heatmap of `mlhealth_feature_drift` for one model, in viridis. Each row is a feature
 * and drift method, coloured on its method's own scale (0 → the method's largest value in range), since
 * a PSI and a KS statistic are not comparable; the cell tooltip gives the raw value.
 */
export function DriftHeatmap(p: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const models = useMemo(() => driftModels(p.drift), [p.drift]);
  const [picked, setPicked] = useState<string | null>(null);
  const model =
    picked !== null && models.includes(picked)
      ? picked
      : models.includes(p.preferredModel)
        ? p.preferredModel
        : models[0];
  const gridWidth = Math.max(60, p.width - LABEL_WIDTH - 8);
  const bins = Math.max(1, Math.min(48, Math.floor(gridWidth / 10)));
  const matrix = useMemo(
    () => (model === undefined || !(p.to > p.from) ? null : binDrift(p.drift, model, p.from, p.to, bins)),
    [p.drift, model, p.from, p.to, bins]
  );
  if (model === undefined || matrix === null) {
    return (
      <section className={styles.box} aria-label="Feature drift">
        <h3 className={styles.heading}>Feature drift</h3>
        <p className={styles.empty}>No mlhealth_feature_drift series in the query results.</p>
      </section>
    );
  }
  const rows = matrix.rows.length;
  const rowHeight = Math.max(8, Math.min(18, Math.floor((p.height - 34 - LEGEND_HEIGHT) / Math.max(1, rows))));
  const cellWidth = gridWidth / matrix.binStarts.length;
  const label = (r: number) => `${matrix.rows[r].feature} · ${matrix.rows[r].method}`;
  const relative = (r: number, v: number) => {
    const max = matrix.methodMax[matrix.rows[r].method];
    return max > 0 ? v / max : 0;
  };
  const top = matrix.rows
    .map((_, r) => ({ r, v: Math.max(-1, ...matrix.cells[r].map((c) => c ?? -1)) }))
    .filter((x) => x.v >= 0)
    .sort((a, b) => relative(b.r, b.v) - relative(a.r, a.v))
    .slice(0, 3);
  const summary = `Drift of ${rows} feature statistics of model ${model} over the time range; highest: ${top
    .map((x) => `${label(x.r)} ${x.v.toFixed(3)}`)
    .join(', ')}.`;
  const gradientId = `mlhealth-viridis-${model}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const legendWidth = Math.min(160, gridWidth - 90);
  return (
    <section className={styles.box} aria-label="Feature drift">
      <div className={styles.bar}>
        <h3 className={styles.heading}>Feature drift</h3>
        <select
          className={styles.select}
          aria-label="Drift model"
          value={model}
          onChange={(e) => setPicked(e.currentTarget.value)}
        >
          {models.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </div>
      <svg
        width={LABEL_WIDTH + gridWidth}
        height={rows * rowHeight + LEGEND_HEIGHT}
        role="img"
        aria-label={summary}
        data-testid="drift-heatmap"
      >
        <defs>
          <linearGradient id={gradientId}>
            {VIRIDIS_STOPS.map((c, i) => (
              <stop key={c} offset={`${(100 * i) / (VIRIDIS_STOPS.length - 1)}%`} stopColor={c} />
            ))}
          </linearGradient>
        </defs>
        {matrix.rows.map((row, r) => (
          <g key={`${row.feature}:${row.method}`}>
            <text
              x={LABEL_WIDTH - 6}
              y={r * rowHeight + rowHeight / 2}
              textAnchor="end"
              dominantBaseline="central"
              fill={theme.colors.text.secondary}
              fontSize={Math.min(12, rowHeight)}
            >
              {label(r).length > 24 ? `${label(r).slice(0, 23)}…` : label(r)}
            </text>
            {matrix.cells[r].map((v, b) => (
              <rect
                key={b}
                x={LABEL_WIDTH + b * cellWidth}
                y={r * rowHeight}
                width={Math.max(1, cellWidth - 1)}
                height={rowHeight - 1}
                fill={v === null ? theme.colors.background.secondary : viridis(relative(r, v))}
              >
                <title>{`${label(r)} · ${formatTime(matrix.binStarts[b], p.timeZone)} · ${v === null ? 'no data' : v.toFixed(4)}`}</title>
              </rect>
            ))}
          </g>
        ))}
        <g transform={`translate(${LABEL_WIDTH}, ${rows * rowHeight + 6})`}>
          <text
            x={-6}
            y={5}
            textAnchor="end"
            dominantBaseline="central"
            fill={theme.colors.text.secondary}
            fontSize={11}
          >
            0
          </text>
          <rect x={0} y={0} width={legendWidth} height={10} fill={`url(#${gradientId})`} />
          <text x={legendWidth + 6} y={5} dominantBaseline="central" fill={theme.colors.text.secondary} fontSize={11}>
            largest value of each method
          </text>
        </g>
      </svg>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({ minWidth: 0, overflow: 'auto' }),
  bar: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), marginBottom: theme.spacing(0.75) }),
  heading: css({
    fontSize: theme.typography.bodySmall.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    color: theme.colors.text.secondary,
    margin: 0,
  }),
  select: css({
    background: theme.components.input.background,
    color: theme.colors.text.primary,
    border: `1px solid ${theme.components.input.borderColor}`,
    borderRadius: theme.shape.radius.default,
    fontSize: theme.typography.bodySmall.fontSize,
    padding: theme.spacing(0.25, 0.5),
  }),
  empty: css({ color: theme.colors.text.secondary, margin: 0 }),
});
