import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import type { CascadeModel, CascadeNode } from '../model/types';
import { statusLabel } from '../model/status';
import type { ColorMode } from '../types';
import { formatScore } from './format';
import { statusColor } from './palette';
import { StatusIcon } from './StatusIcon';

interface Props {
  node: CascadeNode;
  model: CascadeModel;
  colorMode: ColorMode;
  onSelect: (id: string) => void;
}

/** "Why is this red?": each child's share of the parent's score deficit, largest first, as bars. */
export function ContributionBars({ node, model, colorMode, onSelect }: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const shares = new Map(node.contributions.map((c) => [c.child, c.share]));
  const rows = [...node.children]
    .map((id) => ({ child: model.byId.get(id)!, share: shares.get(id) ?? null }))
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || a.child.title.localeCompare(b.child.title));
  return (
    <>
      <div className={styles.columns} aria-hidden="true">
        <span />
        <span>Child</span>
        <span className={styles.share}>Share of deficit</span>
        <span className={styles.right}>Score</span>
      </div>
      <ul className={styles.list} aria-label={`Contributions to ${node.title}`}>
        {rows.map(({ child, share }) => {
          const color = statusColor(theme, child.status, colorMode);
          const pct = share === null ? null : Math.round(share * 100);
          return (
            <li key={child.id}>
              <button
                type="button"
                className={styles.row}
                onClick={() => onSelect(child.id)}
                title={`${statusLabel(child.status)}: ${pct === null ? 'no contribution exported' : `${pct}% of the deficit`}`}
              >
                <StatusIcon status={child.status} color={color} glyph={theme.colors.getContrastText(color)} size={14} />
                <span className={styles.name}>
                  {child.title}
                  <span className={styles.srOnly}>, {statusLabel(child.status)}, share of the deficit</span>
                </span>
                <span className={styles.track} aria-hidden="true">
                  <span className={styles.bar} style={{ width: `${pct ?? 0}%`, background: color }} />
                </span>
                <span className={styles.pct}>{pct === null ? '–' : `${pct}%`}</span>
                <span className={styles.score}>
                  <span className={styles.srOnly}>score </span>
                  {formatScore(child.score)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

// Columns: icon, child, bar, share, score (the header row uses the same, so the labels sit over them).
const GRID = '14px minmax(0, 2fr) minmax(40px, 1fr) 36px 30px';

const getStyles = (theme: GrafanaTheme2) => ({
  list: css({ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 2 }),
  columns: css({
    display: 'grid',
    gridTemplateColumns: GRID,
    gap: theme.spacing(0.75),
    padding: theme.spacing(0, 0.5, 0.25),
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  right: css({ textAlign: 'right' }),
  share: css({ gridColumn: 'span 2', whiteSpace: 'nowrap' }),
  row: css({
    display: 'grid',
    gridTemplateColumns: GRID,
    alignItems: 'center',
    gap: theme.spacing(0.75),
    width: '100%',
    padding: theme.spacing(0.25, 0.5),
    border: 'none',
    borderRadius: theme.shape.radius.default,
    background: 'transparent',
    color: theme.colors.text.primary,
    fontSize: theme.typography.bodySmall.fontSize,
    cursor: 'pointer',
    textAlign: 'left',
    '&:hover': { background: theme.colors.action.hover },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
  // Names wrap rather than truncate: the pane has the room, and a cut title hides the cause.
  name: css({ overflowWrap: 'anywhere' }),
  track: css({ height: 8, background: theme.colors.background.secondary, borderRadius: 4, overflow: 'hidden' }),
  bar: css({ display: 'block', height: '100%', borderRadius: 4 }),
  pct: css({ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }),
  score: css({ textAlign: 'right', color: theme.colors.text.secondary, fontVariantNumeric: 'tabular-nums' }),
  srOnly: css({
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  }),
});
