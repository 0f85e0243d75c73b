import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CascadeLayout } from '../model/layout';
import { statusLabel, STATUSES } from '../model/status';
import type { CascadeModel } from '../model/types';

const TIER_TITLES = { business: 'Business', component: 'Component', base: 'Base' } as const;

interface Props {
  x: number;
  width: number;
  layer: CascadeLayout['layers'][number];
  model: CascadeModel;
}

/** A layer's heading: its tier (and level), how many nodes, and how many are not ok. */
export function LayerTitle({ x, width, layer, model }: Props) {
  const styles = useStyles2(getStyles);
  const counts = STATUSES.filter((s) => s !== 'ok')
    .map((s) => [s, layer.ids.filter((id) => model.byId.get(id)?.status === s).length] as const)
    .filter(([, n]) => n > 0);
  return (
    <div className={styles.layerTitle} style={{ left: x, width }}>
      <span className={styles.layerName}>
        {TIER_TITLES[layer.tier]}
        {layer.level > 0 ? ` · level ${layer.level + 1}` : ''}
      </span>
      <span> {layer.ids.length}</span>
      {counts.map(([s, n]) => (
        <span key={s}>
          {' · '}
          {n} {statusLabel(s).toLowerCase()}
        </span>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  layerTitle: css({
    position: 'absolute',
    top: 6,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
  }),
  layerName: css({
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    fontWeight: theme.typography.fontWeightMedium,
    color: theme.colors.text.primary,
  }),
});
