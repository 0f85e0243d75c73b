/**
 * A titled section of the details pane: its small upper-case heading, then its content.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

interface Props {
  title: string;
  children: React.ReactNode;
}

/** The heading and the content as siblings (no wrapper element). */
export function DetailsSection({ title, children }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <>
      <h3 className={styles.section}>{title}</h3>
      {children}
    </>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  section: css({
    fontSize: theme.typography.bodySmall.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    color: theme.colors.text.secondary,
    margin: theme.spacing(1.5, 0, 0.5),
  }),
});
