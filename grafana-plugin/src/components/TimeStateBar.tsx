/**
 * Never the past silently: whenever the cascade shows another moment than the dashboard's "to", a bar
 * inside the graph says which ("Showing 06:33:11 · Back to live"), in the dashboard's time zone.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { formatMoment } from './format';

interface Props {
  /** The moment shown, Unix ms. */
  at: number;
  /** The dashboard's "to" (live). */
  to: number;
  /** True while a hovered sparkline previews the moment (rather than a pinned cursor). */
  preview: boolean;
  timeZone: TimeZone;
  onLive: () => void;
}

/** The bar, or nothing when live. */
export function TimeStateBar({ at, to, preview, timeZone, onLive }: Props) {
  const styles = useStyles2(getStyles);
  if (at === to) {
    return null;
  }
  const time = formatMoment(at, to, timeZone);
  return (
    <div className={styles.bar} role="status" data-testid="time-state-bar">
      <span className={styles.text}>
        {preview ? 'Previewing' : 'Showing'} <time dateTime={new Date(at).toISOString()}>{time}</time>
      </span>
      <span aria-hidden="true" className={styles.sep}>
        {' · '}
      </span>
      <button type="button" className={styles.live} onClick={onLive}>
        Back to live
      </button>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  bar: css({
    position: 'absolute',
    left: theme.spacing(1),
    bottom: theme.spacing(1),
    zIndex: 4,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.75),
    maxWidth: `calc(100% - ${theme.spacing(2)})`,
    padding: theme.spacing(0.5, 1),
    borderRadius: theme.shape.radius.default,
    border: `2px solid ${theme.colors.warning.border}`,
    background: theme.colors.background.primary,
    color: theme.colors.text.primary,
    boxShadow: theme.shadows.z2,
    whiteSpace: 'nowrap',
  }),
  text: css({ fontWeight: theme.typography.fontWeightMedium, fontVariantNumeric: 'tabular-nums' }),
  sep: css({ color: theme.colors.text.secondary }),
  live: css({
    border: 'none',
    background: 'none',
    padding: 0,
    color: theme.colors.text.link,
    font: 'inherit',
    cursor: 'pointer',
    textDecoration: 'underline',
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
});
