import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { ImpactTotal } from '../model/types';
import { formatImpact, measureLabel } from './format';

interface Props {
  totals: readonly ImpactTotal[];
  unit: string;
}

/** The total at risk per measure, e.g. "Revenue at risk ≥ $27.4K (1 outcome unknown)". */
export function ImpactSummary({ totals, unit }: Props) {
  const styles = useStyles2(getStyles);
  if (totals.length === 0) {
    return null;
  }
  return (
    <div className={styles.row} data-testid="impact-total">
      {totals.map((t) => (
        <div key={t.measure} className={styles.item}>
          <span className={styles.label}>{measureLabel(t.measure)}</span>
          <span className={styles.value}>
            {t.known === 0 ? 'unknown' : `${t.missing > 0 ? '≥ ' : ''}${formatImpact(t.total, t, unit)}`}
          </span>
          {t.known > 0 && t.exposure !== null && t.exposure > 0 && (
            <span className={styles.note}>{((100 * t.total) / t.exposure).toFixed(1)}% of exposure</span>
          )}
          {t.missing > 0 && (
            <span className={styles.note}>
              ({t.missing} outcome{t.missing === 1 ? '' : 's'} unknown)
            </span>
          )}
        </div>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  row: css({ display: 'flex', gap: theme.spacing(2), alignItems: 'baseline', whiteSpace: 'nowrap' }),
  item: css({ display: 'flex', gap: theme.spacing(0.75), alignItems: 'baseline' }),
  label: css({ color: theme.colors.text.secondary }),
  value: css({
    fontSize: theme.typography.h5.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    fontVariantNumeric: 'tabular-nums',
  }),
  note: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});
