/**
 * The layers' headings over the cascade graph: a sticky row above the columns (left to right), or a
 * title above each row that follows the sideways scroll (top to bottom).
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CascadeLayout } from '../model/layout';
import type { CascadeModel } from '../model/types';
import type { Geometry } from './geometry';
import { LayerTitle } from './LayerTitle';

interface Props {
  model: CascadeModel;
  layers: CascadeLayout['layers'];
  geometry: Geometry;
  /** Width of the graph's scrollable content. */
  contentWidth: number;
  /** The graph's sideways scroll, which row titles follow to stay in view. */
  scrollLeft: number;
}

/** One `LayerTitle` per layer, placed for the geometry's orientation. */
export function LayerHeadings({ model, layers, geometry: g, contentWidth, scrollLeft }: Props) {
  const styles = useStyles2(getStyles);
  if (g.orientation === 'horizontal') {
    return (
      <div className={styles.headerRow} style={{ width: contentWidth }}>
        {layers.map((l, li) => (
          <LayerTitle key={li} x={g.pad + li * g.layerPitch} width={g.cardWidth} layer={l} model={model} />
        ))}
      </div>
    );
  }
  return (
    <>
      {layers.map((l, li) => (
        <div key={li} className={styles.rowTitle} style={{ top: g.pad + li * g.layerPitch, left: scrollLeft + g.pad }}>
          <LayerTitle x={0} width={400} layer={l} model={model} />
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
