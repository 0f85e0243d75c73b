/**
 * The details pane's data links: Grafana data links of the node's series (to detail dashboards), only
 * those safe to follow.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, LinkModel } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { followableHref } from './dataLinks';

interface Props {
  links: Array<LinkModel<unknown>>;
}

/** A row of links, each titled (or "Open"); nothing without links. */
export function DetailsLinks({ links }: Props) {
  const styles = useStyles2(getStyles);
  if (links.length === 0) {
    return null;
  }
  return (
    <div className={styles.links}>
      {links.map((l, i) => {
        const href = followableHref(l.href);
        return href ? (
          <a key={i} href={href} target={l.target} rel="noopener noreferrer" className={styles.link}>
            {l.title || 'Open'}
          </a>
        ) : null;
      })}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  links: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1), marginTop: theme.spacing(1) }),
  link: css({ color: theme.colors.text.link, '&:hover': { textDecoration: 'underline' } }),
});
