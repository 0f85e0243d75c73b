import React, { useEffect, useMemo, useRef, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { binDrift, driftModels } from '../model/drift';
import {
  AXIS_HEIGHT,
  driftSummary,
  gradientIdFor,
  heatmapCells,
  heatmapColumns,
  LABEL_WIDTH,
  LEGEND_LINE,
  legendMethods,
  shownDriftModel,
} from '../model/heatmapView';
import type { DriftSeries } from '../model/types';
import { DriftTimeAxis } from './DriftAxis';
import { DriftGrid } from './DriftGrid';
import { DriftLegend, ViridisGradient } from './DriftLegend';
import { DriftModelSelect } from './DriftModelSelect';
import { formatTime } from './format';

interface Props {
  drift: readonly DriftSeries[];
  from: number;
  to: number;
  width: number;
  height: number;
  timeZone: TimeZone;
  /** Model to open first; falls back to the first model with drift series. */
  preferredModel: string;
  /** The row a selected drift node is about: its model is shown and the row outlined. */
  focus?: { model: string; feature: string } | null;
  /** A moment pinned on the dashboard (Unix ms), marked on the grid; null or absent when none. */
  pinnedTime?: number | null;
}

/**
 * Features × time heatmap of `mlhealth_feature_drift` for one model, in viridis: one row per feature,
 * each cell on its method's own scale (`drift.ts`), a time axis under the grid, a numeric legend per
 * method, the method and raw value in each cell's tooltip.
 */
export function DriftHeatmap(p: Props) {
  const styles = useStyles2(getStyles);
  const models = useMemo(() => driftModels(p.drift), [p.drift]);
  const [picked, setPicked] = useState<string | null>(null);
  const focus = p.focus ?? null;
  const model = shownDriftModel(models, picked, p.preferredModel, focus?.model ?? null);
  const { gridWidth, bins } = heatmapColumns(p.width);
  const matrix = useMemo(
    () => (model === undefined || !(p.to > p.from) ? null : binDrift(p.drift, model, p.from, p.to, bins)),
    [p.drift, model, p.from, p.to, bins]
  );
  const focusKey = focus && focus.model === model ? `${focus.model}/${focus.feature}` : null;
  const box = useScrollToRow(focusKey);
  if (model === undefined || matrix === null) {
    return <NoDrift />;
  }
  const rows = matrix.rows.length;
  const methods = legendMethods(matrix).length;
  const cells = heatmapCells(gridWidth, p.height, rows, matrix.binStarts.length, methods);
  const gridHeight = rows * cells.rowHeight;
  const gradientId = gradientIdFor(model);
  return (
    <section className={styles.box} aria-label="Feature drift" ref={box}>
      <div className={styles.bar}>
        <h3 className={styles.heading}>Feature drift</h3>
        <DriftModelSelect models={models} value={model} onChange={setPicked} />
      </div>
      <svg
        width={LABEL_WIDTH + gridWidth + 60}
        height={gridHeight + AXIS_HEIGHT + methods * LEGEND_LINE + 4}
        role="img"
        aria-label={driftSummary(matrix, model)}
        data-testid="drift-heatmap"
      >
        <defs>
          <ViridisGradient id={gradientId} />
        </defs>
        <DriftGrid
          matrix={matrix}
          rowHeight={cells.rowHeight}
          cellWidth={cells.cellWidth}
          timeZone={p.timeZone}
          focusFeature={focusKey ? focus!.feature : null}
        />
        <PinnedTime {...p} time={p.pinnedTime ?? null} width={gridWidth} height={gridHeight} />
        <DriftTimeAxis from={p.from} to={p.to} y={gridHeight + 2} width={gridWidth} timeZone={p.timeZone} />
        <DriftLegend
          matrix={matrix}
          gradientId={gradientId}
          y={gridHeight + AXIS_HEIGHT + 4}
          width={cells.legendWidth}
        />
      </svg>
    </section>
  );
}

// Brings the focused row into view when it changes.
function useScrollToRow(key: string | null) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    const row = key ? box.current?.querySelector(`[data-drift-row="${CSS.escape(key)}"]`) : null;
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [key]);
  return box;
}

function NoDrift() {
  const styles = useStyles2(getStyles);
  return (
    <section className={styles.box} aria-label="Feature drift">
      <h3 className={styles.heading}>Feature drift</h3>
      <p className={styles.empty}>No mlhealth_feature_drift series in the query results.</p>
    </section>
  );
}

interface PinnedProps {
  time: number | null;
  from: number;
  to: number;
  width: number;
  height: number;
  timeZone: TimeZone;
}

// The pinned moment across the grid, dashed, its time in the tooltip.
function PinnedTime({ time, from, to, width, height, timeZone }: PinnedProps) {
  const theme = useTheme2();
  if (time === null || time < from || time > to) {
    return null;
  }
  const x = LABEL_WIDTH + ((time - from) / (to - from)) * width;
  return (
    <line
      data-testid="drift-pinned-time"
      x1={x}
      x2={x}
      y1={0}
      y2={height + 4}
      stroke={theme.colors.text.primary}
      strokeWidth={2}
      strokeDasharray="4 2"
    >
      <title>{`Pinned at ${formatTime(time, timeZone)}`}</title>
    </line>
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
