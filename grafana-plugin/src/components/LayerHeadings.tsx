/**
 * The layers' headings over the cascade graph: a sticky row above the columns (left to right), or a
 * title above each row that follows the sideways scroll (top to bottom).
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CascadeLayout } from '../model/layout';
import type { GroupSummary } from '../model/baseTier';
import type { CascadeModel } from '../model/types';
import { layerWidth, type Geometry } from './geometry';
import { LayerTitle } from './LayerTitle';

interface Props {
  model: CascadeModel;
  layers: CascadeLayout['layers'];
  summaries: ReadonlyMap<string, GroupSummary>;
  geometry: Geometry;
  /** Width of the graph's scrollable content. */
  contentWidth: number;
  /** The graph's sideways scroll, which row titles follow to stay in view. */
  scrollLeft: number;
  /** The filter box, placed in the last layer's heading. */
  filter: React.ReactNode;
}

/** One `LayerTitle` per layer, placed for the geometry's orientation. */
export function LayerHeadings({ model, layers, summaries, geometry: g, contentWidth, scrollLeft, filter }: Props) {
  const styles = useStyles2(getStyles);
  if (g.orientation === 'horizontal') {
    return (
      <div className={styles.headerRow} style={{ width: contentWidth }}>
        {layers.map((l, li) => (
          <LayerTitle
            key={li}
            x={g.pad + li * g.layerPitch}
            width={layerWidth(g, li)}
            layer={l}
            model={model}
            summaries={summaries}
          >
            {li === layers.length - 1 && filter}
          </LayerTitle>
        ))}
      </div>
    );
  }
  return (
    <>
      {layers.map((l, li) => (
        <div key={li} className={styles.rowTitle} style={{ top: g.pad + li * g.layerPitch, left: scrollLeft + g.pad }}>
          <LayerTitle x={0} width={Math.min(560, g.cardWidth * 2)} layer={l} model={model} summaries={summaries}>
            {li === layers.length - 1 && filter}
          </LayerTitle>
        </div>
      ))}
    </>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  headerRow: css({
    position: 'sticky',
    top: 0,
    height: 30,
    zIndex: 2,
    background: theme.colors.background.primary,
    borderBottom: `1px solid ${theme.colors.border.weak}`,
  }),
  rowTitle: css({ position: 'absolute', height: 20, zIndex: 2 }),
});
