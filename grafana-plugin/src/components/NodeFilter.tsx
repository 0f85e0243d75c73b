/**
 * The graph's filter box: narrows the cascade to the nodes whose title, id, model or drift feature hold
 * every word typed, with their paths to the top; says how many are shown.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

interface Props {
  value: string;
  /** Nodes shown now. */
  shown: number;
  onChange: (text: string) => void;
}

/** A search input over the graph's top right corner; Escape clears it. */
export function NodeFilter({ value, shown, onChange }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.box}>
      <input
        type="search"
        className={styles.input}
        placeholder="Filter nodes"
        aria-label="Filter nodes by title, model or feature"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Keys typed here are text, not moves between cards (the graph listens for arrows, Escape…).
          e.stopPropagation();
          if (e.key === 'Escape') {
            onChange('');
          }
        }}
        data-testid="node-filter"
      />
      <span className={styles.srOnly} role="status">
        {value.trim() ? `${shown} node${shown === 1 ? '' : 's'} shown` : ''}
      </span>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({ flex: '0 1 150px', minWidth: 90 }),
  input: css({
    width: '100%',
    height: 24,
    boxSizing: 'border-box',
    padding: theme.spacing(0, 1),
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.primary,
    color: theme.colors.text.primary,
    fontSize: theme.typography.bodySmall.fontSize,
    '&::placeholder': { color: theme.colors.text.secondary, opacity: 1 },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
  srOnly: css({
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  }),
});
