import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { Notice } from '../model/types';

/** What the model says about degraded data (no series, no edges, nodes without status). */
export function Notices({ notices }: { notices: readonly Notice[] }) {
  const styles = useStyles2(getStyles);
  if (notices.length === 0) {
    return null;
  }
  return (
    <div role="status" className={styles.box}>
      {notices.map((n, i) => (
        <p key={i} className={n.severity === 'warning' ? styles.warning : styles.info}>
          {n.text}
        </p>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({ padding: theme.spacing(0, 1), flex: '0 0 auto' }),
  info: css({
    margin: 0,
    lineHeight: '20px',
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  warning: css({
    margin: 0,
    lineHeight: '20px',
    color: theme.colors.warning.text,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
