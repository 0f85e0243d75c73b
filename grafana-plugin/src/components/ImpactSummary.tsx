import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { ImpactTotal } from '../model/types';
import { formatImpactRate, measureLabel } from './format';

interface Props {
  totals: readonly ImpactTotal[];
  unit: string;
  /** Narrow header: label and figure only, the notes in the tooltip (the figure is never cut). */
  compact: boolean;
}

function notes(t: ImpactTotal): string[] {
  const out: string[] = [];
  if (t.exposure !== null && t.exposure > 0) {
    out.push(`${((100 * t.total) / t.exposure).toFixed(1)}% of exposure`);
  }
  if (t.missing > 0) {
    out.push(`(${t.missing} outcome${t.missing === 1 ? '' : 's'} unknown)`);
  }
  return out;
}

// A grid whose smallest width is a stub of the label and the whole figure: the label column shrinks to
// 2em (ellipsis), the notes to nothing, the figure never (max-content).
function columns(notes: number): string {
  return ['minmax(2em, max-content)', 'max-content', ...Array<string>(notes).fill('minmax(0, max-content)')].join(' ');
}

/**
 * The total at risk per measure, e.g. "Revenue at risk ≥ $27.4K 13.5% of exposure (1 outcome unknown)".
 * When space runs out the label shortens (ellipsis, full text in the tooltip); the figure never does.
 */
export function ImpactSummary({ totals, unit, compact }: Props) {
  const styles = useStyles2(getStyles);
  if (totals.length === 0) {
    return null;
  }
  return (
    <div className={styles.row} data-testid="impact-total">
      {totals.map((t) => {
        const value = t.known === 0 ? 'unknown' : `${t.missing > 0 ? '≥ ' : ''}${formatImpactRate(t.total, t, unit)}`;
        const label = measureLabel(t.measure);
        const more = t.known === 0 ? [] : notes(t);
        return (
          <div
            key={t.measure}
            className={styles.item}
            style={{ gridTemplateColumns: columns(compact ? 0 : more.length) }}
            title={[`${label} ${value}`, ...more].join(' ')}
          >
            <span className={styles.label}>{label}</span>
            <span className={styles.value}>{value}</span>
            {more.map((n) =>
              compact ? (
                <span key={n} className={styles.srOnly}>
                  {n}
                </span>
              ) : (
                <span key={n} className={styles.note}>
                  {n}
                </span>
              )
            )}
          </div>
        );
      })}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  // The totals give way before the breadcrumb (a high shrink factor), but only down to their figures:
  // the row's and items' automatic minimum width is their figures plus a stub of each label.
  row: css({
    display: 'flex',
    gap: theme.spacing(2),
    alignItems: 'baseline',
    whiteSpace: 'nowrap',
    flex: '0 1000 auto',
  }),
  item: css({ display: 'grid', gridAutoFlow: 'column', columnGap: theme.spacing(0.75), alignItems: 'baseline' }),
  label: css({ color: theme.colors.text.secondary, overflow: 'hidden', textOverflow: 'ellipsis' }),
  value: css({
    fontSize: theme.typography.h5.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    fontVariantNumeric: 'tabular-nums',
  }),
  note: css({
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
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
