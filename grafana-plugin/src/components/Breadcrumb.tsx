import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CascadeModel } from '../model/types';

interface Props {
  model: CascadeModel;
  /** Focus path from the top, last is the focused node; empty for the whole cascade. */
  path: readonly string[];
  onNavigate: (depth: number) => void;
}

/** Where the drill-down is: "All nodes › Revenue assurance › Fraud · input drift", each step a way back. */
export function Breadcrumb({ model, path, onNavigate }: Props) {
  const styles = useStyles2(getStyles);
  const steps = [{ id: '', title: 'All nodes' }, ...path.map((id) => ({ id, title: model.byId.get(id)?.title ?? id }))];
  return (
    <nav aria-label="Cascade focus" className={styles.nav}>
      <ol className={styles.list}>
        {steps.map((s, i) => {
          const last = i === steps.length - 1;
          return (
            <li key={`${i}:${s.id}`} className={styles.item}>
              {i > 0 && (
                <span aria-hidden="true" className={styles.sep}>
                  ›
                </span>
              )}
              {last ? (
                <span aria-current="page" className={styles.current}>
                  {s.title}
                </span>
              ) : (
                <button type="button" className={styles.link} onClick={() => onNavigate(i)}>
                  {s.title}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  nav: css({ minWidth: 0, overflow: 'hidden' }),
  list: css({ display: 'flex', alignItems: 'center', listStyle: 'none', margin: 0, padding: 0, whiteSpace: 'nowrap' }),
  item: css({ display: 'flex', alignItems: 'center', minWidth: 0 }),
  sep: css({ margin: theme.spacing(0, 0.75), color: theme.colors.text.secondary }),
  current: css({ fontWeight: theme.typography.fontWeightMedium, overflow: 'hidden', textOverflow: 'ellipsis' }),
  link: css({
    border: 'none',
    background: 'none',
    padding: 0,
    color: theme.colors.text.link,
    cursor: 'pointer',
    font: 'inherit',
    '&:hover': { textDecoration: 'underline' },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
});
