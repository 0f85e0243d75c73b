/**
 * Where the drill-down is: "All nodes › Revenue assurance › Fraud · input drift" (or the configured
 * root node's title first), each step a way back. When the header runs out of room the middle steps
 * shorten first (ellipsis, the full title in the tooltip and the accessible name), then the first and
 * the last. A step taken keeps the keyboard focus in the panel, on the step now current.
 */
import React, { useEffect, useRef } from 'react';
import { css, cx } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CascadeModel } from '../model/types';

interface Props {
  model: CascadeModel;
  /** Focus path from the top, last is the focused node; empty for the whole cascade. */
  path: readonly string[];
  /** The configured root node's id when it is in the model, else null ("All nodes"). */
  rootId: string | null;
  onNavigate: (depth: number) => void;
}

/** An ordered list of steps; all but the current one are buttons. */
export function Breadcrumb({ model, path, rootId, onNavigate }: Props) {
  const styles = useStyles2(getStyles);
  const nav = useRef<HTMLElement>(null);
  const refocus = useRef(false);
  const title = (id: string) => model.byId.get(id)?.title ?? id;
  const steps = [
    { id: '', title: rootId ? title(rootId) : 'All nodes' },
    ...path.map((id) => ({ id, title: title(id) })),
  ];
  const last = steps.length - 1;
  useEffect(() => {
    if (refocus.current) {
      refocus.current = false;
      nav.current?.querySelector<HTMLElement>('[aria-current="page"]')?.focus();
    }
  }, [path]);
  return (
    <nav ref={nav} aria-label="Cascade focus" className={styles.nav} data-testid="breadcrumb">
      <ol className={styles.list}>
        {steps.map((s, i) => (
          <li
            key={`${i}:${s.id}`}
            className={cx(styles.item, i === 0 ? styles.first : i === last ? styles.last : styles.middle)}
          >
            {i > 0 && (
              <span aria-hidden="true" className={styles.sep}>
                ›
              </span>
            )}
            {i === last ? (
              <span aria-current="page" tabIndex={-1} className={cx(styles.text, styles.current)} title={s.title}>
                {s.title}
              </span>
            ) : (
              <button
                type="button"
                className={cx(styles.text, styles.link)}
                title={s.title}
                onClick={() => {
                  refocus.current = true;
                  onNavigate(i);
                }}
              >
                {s.title}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  nav: css({ minWidth: 0, flex: '1 1 auto', overflow: 'hidden' }),
  list: css({
    display: 'flex',
    alignItems: 'center',
    listStyle: 'none',
    margin: 0,
    padding: 0,
    whiteSpace: 'nowrap',
    minWidth: 0,
  }),
  item: css({ display: 'flex', alignItems: 'center', minWidth: 0, overflow: 'hidden' }),
  // Shrink order: the middle steps give way first (down to an ellipsis), then the first, the last last.
  first: css({ flex: '0 4 auto', minWidth: '3.5em' }),
  middle: css({ flex: '0 100 auto', minWidth: '3em' }),
  last: css({ flex: '0 1 auto', minWidth: '4em' }),
  sep: css({ margin: theme.spacing(0, 0.75), color: theme.colors.text.secondary, flex: 'none' }),
  text: css({ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
  current: css({
    fontWeight: theme.typography.fontWeightMedium,
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
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
