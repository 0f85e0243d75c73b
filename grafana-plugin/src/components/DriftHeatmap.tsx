import React, { useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { binDrift, driftModels } from '../model/drift';
import {
  driftSummary,
  gradientIdFor,
  heatmapCells,
  heatmapColumns,
  LABEL_WIDTH,
  LEGEND_HEIGHT,
  shownDriftModel,
} from '../model/heatmapView';
import type { DriftSeries } from '../model/types';
import { DriftGrid } from './DriftGrid';
import { DriftLegend, ViridisGradient } from './DriftLegend';
import { DriftModelSelect } from './DriftModelSelect';

interface Props {
  drift: readonly DriftSeries[];
  from: number;
  to: number;
  width: number;
  height: number;
  timeZone: TimeZone;
  /** Model to open first; falls back to the first model with drift series. */
  preferredModel: string;
  /** A moment pinned on the dashboard (Unix ms), marked on the grid; null or absent when none. */
  pinnedTime?: number | null;
}

/**
 * Features × time heatmap of `mlhealth_feature_drift` for one model, in viridis. Each row is a feature
 * and drift method, coloured on its method's own scale (0 → the method's largest value in range), since
 * a PSI and a KS statistic are not comparable; the cell tooltip gives the raw value.
 */
export function DriftHeatmap(p: Props) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const models = useMemo(() => driftModels(p.drift), [p.drift]);
  const [picked, setPicked] = useState<string | null>(null);
  const model = shownDriftModel(models, picked, p.preferredModel);
  const { gridWidth, bins } = heatmapColumns(p.width);
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
  const cells = heatmapCells(gridWidth, p.height, rows, matrix.binStarts.length);
  const gradientId = gradientIdFor(model);
  return (
    <section className={styles.box} aria-label="Feature drift">
      <div className={styles.bar}>
        <h3 className={styles.heading}>Feature drift</h3>
        <DriftModelSelect models={models} value={model} onChange={setPicked} />
      </div>
      <svg
        width={LABEL_WIDTH + gridWidth}
        height={rows * cells.rowHeight + LEGEND_HEIGHT}
        role="img"
        aria-label={driftSummary(matrix, model)}
        data-testid="drift-heatmap"
      >
        <defs>
          <ViridisGradient id={gradientId} />
        </defs>
        <DriftGrid matrix={matrix} rowHeight={cells.rowHeight} cellWidth={cells.cellWidth} timeZone={p.timeZone} />
        <DriftLegend gradientId={gradientId} y={rows * cells.rowHeight + 6} width={cells.legendWidth} />
        {p.pinnedTime != null && p.pinnedTime >= p.from && p.pinnedTime <= p.to && (
          <line
            data-testid="drift-pinned-time"
            x1={LABEL_WIDTH + ((p.pinnedTime - p.from) / (p.to - p.from)) * cells.cellWidth * matrix.binStarts.length}
            x2={LABEL_WIDTH + ((p.pinnedTime - p.from) / (p.to - p.from)) * cells.cellWidth * matrix.binStarts.length}
            y1={0}
            y2={rows * cells.rowHeight}
            stroke={theme.colors.text.primary}
            strokeWidth={2}
          />
        )}
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
  empty: css({ color: theme.colors.text.secondary, margin: 0 }),
});
