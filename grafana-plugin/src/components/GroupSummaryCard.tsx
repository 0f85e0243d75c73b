/**
 * A base-tier group's summary card, standing in for a parent's ok signals: "Fraud · serving — 2 critical ·
 * 4 ok — Show 4 more", a button-like card that shows or hides them; counted at the moment shown.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { countStatuses, summaryText, type GroupSummary } from '../model/baseTier';
import type { CascadeModel } from '../model/types';

interface Props {
  summary: GroupSummary;
  /** The model at the moment shown: the counts are its (the group was made from the live one). */
  model: CascadeModel;
  /** Title of the group's parent, null for nodes without a shown parent. */
  parentTitle: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  tabbable: boolean;
  onActivate: (id: string) => void;
  onFocusCard: (id: string) => void;
}

/** The card; activating it (click, Enter, Space) expands or collapses the group. */
export function GroupSummaryCard({ summary: s, model, parentTitle, ...p }: Props) {
  const styles = useStyles2(getStyles);
  const counts = countStatuses(model, s.members);
  return (
    <div
      role="button"
      tabIndex={p.tabbable ? 0 : -1}
      aria-expanded={s.expanded}
      data-node-id={s.id}
      data-summary="true"
      className={styles.card}
      style={{ left: p.x, top: p.y, width: p.width, height: p.height }}
      onClick={() => p.onActivate(s.id)}
      onFocus={() => p.onFocusCard(s.id)}
    >
      <span className={styles.title} title={parentTitle ?? 'Without a parent'}>
        {parentTitle ?? 'Without a parent'}
      </span>
      <span className={styles.counts}>{summaryText(counts)}</span>
      <span className={styles.action}>{s.expanded ? 'Show fewer' : `Show ${s.hidden} more`}</span>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  card: css({
    position: 'absolute',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    gap: 2,
    boxSizing: 'border-box',
    padding: theme.spacing(0.5, 1, 0.5, 1.5),
    border: `1px dashed ${theme.colors.border.strong}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
    color: theme.colors.text.primary,
    fontSize: theme.typography.bodySmall.fontSize,
    cursor: 'pointer',
    overflow: 'hidden',
    '&:hover': { background: theme.colors.action.hover },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}`, outlineOffset: 2 },
  }),
  title: css({
    color: theme.colors.text.secondary,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  }),
  counts: css({ fontWeight: theme.typography.fontWeightMedium, whiteSpace: 'nowrap' }),
  action: css({ color: theme.colors.text.link, whiteSpace: 'nowrap' }),
});
