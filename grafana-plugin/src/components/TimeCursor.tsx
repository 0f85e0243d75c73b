/**
 * The header's time control: steps back (−1 h, −5 min, −1 min), a slider over the sample times, the
 * moment shown in words, and a way back to live. Its name and its visible text say the time.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { indexAtOrBefore } from '../model/sampleAt';
import { formatMoment } from './format';
import { stepBack, TIME_STEPS } from './timeSteps';

interface Props {
  times: readonly number[];
  /** Pinned moment (Unix ms), null when live. */
  cursor: number | null;
  /** What the panel shows now (the pinned moment, a hovered moment, or the dashboard's "to"). */
  shown: number;
  /** The dashboard's "to": the reference day for short times. */
  to: number;
  timeZone: TimeZone;
  /** A compact header: shorter step labels and slider. */
  compact: boolean;
  onChange: (time: number | null) => void;
}

/** Steps, slider, time and "Back to live"; nothing with fewer than two sample times. */
export function TimeCursor({ times, cursor, shown, to, timeZone, compact, onChange }: Props) {
  const styles = useStyles2(getStyles);
  if (times.length < 2) {
    return null;
  }
  const index = cursor === null ? times.length - 1 : Math.max(0, indexAtOrBefore(times, cursor));
  const live = cursor === null && shown >= times[times.length - 1];
  const time = formatMoment(shown, to, timeZone);
  const text = live ? `Live · ${time}` : time;
  return (
    <div className={styles.row} data-testid="time-control">
      {TIME_STEPS.map((s) => {
        const target = stepBack(times, shown, s.ms);
        return (
          <button
            key={s.label}
            type="button"
            className={styles.step}
            aria-label={`${compact ? s.short : s.label}: ${s.name}`}
            title={s.name}
            disabled={target === null}
            onClick={() => target !== null && onChange(target)}
          >
            {compact ? s.short : s.label}
          </button>
        );
      })}
      <input
        type="range"
        className={styles.slider}
        style={{ width: compact ? 80 : 140 }}
        min={0}
        max={times.length - 1}
        step={1}
        value={index}
        aria-label={`Cascade time: ${live ? `live, ${time}` : time}`}
        aria-valuetext={live ? `live, ${time}` : time}
        onChange={(e) => {
          const i = Number(e.currentTarget.value);
          onChange(i >= times.length - 1 ? null : times[i]);
        }}
      />
      <span className={styles.time} data-testid="cursor-time">
        {text}
      </span>
      {cursor !== null && (
        <button type="button" className={styles.live} onClick={() => onChange(null)}>
          Back to live
        </button>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => {
  const button = {
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
    color: theme.colors.text.primary,
    fontSize: theme.typography.bodySmall.fontSize,
    padding: theme.spacing(0.25, 0.75),
    cursor: 'pointer',
    whiteSpace: 'nowrap' as const,
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  };
  return {
    row: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(0.5), whiteSpace: 'nowrap', flex: 'none' }),
    slider: css({ accentColor: theme.colors.primary.main, margin: theme.spacing(0, 0.5) }),
    time: css({ fontVariantNumeric: 'tabular-nums', color: theme.colors.text.primary }),
    step: css({ ...button, '&:disabled': { cursor: 'default', color: theme.colors.text.secondary } }),
    live: css(button),
  };
};
