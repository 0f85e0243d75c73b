import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { indexAtOrBefore } from '../model/sampleAt';
import { formatTime } from './format';

interface Props {
  times: readonly number[];
  /** Pinned moment (Unix ms), null when live. */
  cursor: number | null;
  /** What the panel shows now (the pinned moment, a hovered moment, or the dashboard's "to"). */
  shown: number;
  timeZone: TimeZone;
  onChange: (time: number | null) => void;
}

/** Retrospective view: a slider over the sample times, and a way back to live. */
export function TimeCursor({ times, cursor, shown, timeZone, onChange }: Props) {
  const styles = useStyles2(getStyles);
  if (times.length < 2) {
    return null;
  }
  const index = cursor === null ? times.length - 1 : Math.max(0, indexAtOrBefore(times, cursor));
  const label = formatTime(shown, timeZone);
  return (
    <div className={styles.row}>
      <input
        type="range"
        className={styles.slider}
        min={0}
        max={times.length - 1}
        step={1}
        value={index}
        aria-label="Show the cascade at"
        aria-valuetext={label}
        onChange={(e) => {
          const i = Number(e.currentTarget.value);
          onChange(i >= times.length - 1 ? null : times[i]);
        }}
      />
      <span className={styles.time} data-testid="cursor-time">
        {cursor === null && shown >= times[times.length - 1] ? 'Live' : label}
      </span>
      {cursor !== null && (
        <button type="button" className={styles.live} onClick={() => onChange(null)}>
          Back to live
        </button>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), whiteSpace: 'nowrap' }),
  slider: css({ width: 140, accentColor: theme.colors.primary.main }),
  time: css({ fontVariantNumeric: 'tabular-nums', color: theme.colors.text.secondary, minWidth: 36 }),
  live: css({
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
    color: theme.colors.text.primary,
    fontSize: theme.typography.bodySmall.fontSize,
    padding: theme.spacing(0.25, 1),
    cursor: 'pointer',
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
});
