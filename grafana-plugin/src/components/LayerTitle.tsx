import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CascadeLayout } from '../model/layout';
import { statusLabel, STATUSES } from '../model/status';
import type { GroupSummary } from '../model/baseTier';
import type { CascadeModel } from '../model/types';

const TIER_TITLES = { business: 'Business', component: 'Component', base: 'Base' } as const;

interface Props {
  x: number;
  width: number;
  layer: CascadeLayout['layers'][number];
  model: CascadeModel;
  /** The base tier's group summaries: their ids are not nodes, their hidden nodes count. */
  summaries: ReadonlyMap<string, GroupSummary>;
  /** Something to place at the heading's right end (the filter box), the text giving way to it. */
  children?: React.ReactNode;
}

/** A layer's heading: its tier (and level), how many nodes, and how many are not ok. */
export function LayerTitle({ x, width, layer, model, summaries, children }: Props) {
  const styles = useStyles2(getStyles);
  const nodes = layer.ids.filter((id) => !summaries.has(id));
  const hidden = layer.ids.reduce((n, id) => n + (summaries.get(id)?.hidden ?? 0), 0);
  const counts = STATUSES.filter((s) => s !== 'ok')
    .map((s) => [s, nodes.filter((id) => model.byId.get(id)?.status === s).length] as const)
    .filter(([, n]) => n > 0);
  const name = `${TIER_TITLES[layer.tier]}${layer.level > 0 ? ` · level ${layer.level + 1}` : ''}`;
  const total = nodes.length + hidden;
  const text = [`${name} ${total}`, ...counts.map(([s, n]) => `${n} ${statusLabel(s).toLowerCase()}`)];
  return (
    <div className={styles.layerTitle} style={{ left: x, width }}>
      <span className={styles.text} title={text.join(' · ')}>
        <span className={styles.layerName}>{name}</span>
        <span> {total}</span>
        {counts.map(([s, n]) => (
          <span key={s}>
            {' · '}
            {n} {statusLabel(s).toLowerCase()}
          </span>
        ))}
      </span>
      {children}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  layerTitle: css({
    position: 'absolute',
    top: 3,
    height: 24,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
  }),
  text: css({ flex: '1 1 auto', minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }),
  layerName: css({
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    fontWeight: theme.typography.fontWeightMedium,
    color: theme.colors.text.primary,
  }),
});
