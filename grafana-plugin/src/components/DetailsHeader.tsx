/**
 * The details pane's header: the node's status icon, title, status and id, the close button, and a
 * warning when the status is unknown for lack of data.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { statusLabel } from '../model/status';
import type { CascadeNode } from '../model/types';
import type { ColorMode } from '../types';
import { statusSourceNote } from './nodeFacts';
import { statusColor } from './palette';
import { StatusIcon } from './StatusIcon';

interface Props {
  node: CascadeNode;
  colorMode: ColorMode;
  onClose: () => void;
}

/** Header, then the warning paragraph when there is one. */
export function DetailsHeader({ node, colorMode, onClose }: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const color = statusColor(theme, node.status, colorMode);
  const note = statusSourceNote(node);
  return (
    <>
      <header className={styles.header}>
        <StatusIcon status={node.status} color={color} glyph={theme.colors.getContrastText(color)} size={20} />
        <div className={styles.heading}>
          <h2 className={styles.title}>{node.title}</h2>
          <div className={styles.sub}>
            {statusLabel(node.status)} · {node.id}
          </div>
        </div>
        <button type="button" className={styles.close} onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      {note && <p className={styles.warning}>{note}</p>}
    </>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  header: css({ display: 'flex', alignItems: 'flex-start', gap: theme.spacing(1), marginBottom: theme.spacing(1) }),
  heading: css({ flex: 1, minWidth: 0 }),
  title: css({ fontSize: theme.typography.h5.fontSize, margin: 0, overflowWrap: 'anywhere' }),
  sub: css({ color: theme.colors.text.secondary, overflowWrap: 'anywhere' }),
  close: css({
    border: 'none',
    background: 'none',
    color: theme.colors.text.secondary,
    fontSize: theme.typography.h4.fontSize,
    lineHeight: 1,
    cursor: 'pointer',
    padding: theme.spacing(0, 0.5),
    '&:hover': { color: theme.colors.text.primary },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
  warning: css({ margin: theme.spacing(0, 0, 1), color: theme.colors.warning.text }),
});
