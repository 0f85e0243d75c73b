import React from 'react';
import { css, cx } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import type { RiskLevel } from '../model/risk';
import { statusLabel } from '../model/status';
import type { ColorMode } from '../types';
import { formatImpactRate } from './format';
import { statusColor } from './palette';
import { StatusIcon } from './StatusIcon';

interface Props {
  levels: readonly RiskLevel[];
  colorMode: ColorMode;
  impactUnit: string | null;
  onSelect: (id: string) => void;
}

/**
 * Discrete risk level per business outcome: three steps filled up to the level, unknown hatched, and the
 * level in the cards' words (OK, Warning, Critical, Unknown).
 */
export function RiskBars({ levels, colorMode, impactUnit, onSelect }: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  return (
    <section className={styles.box} aria-label="Risk level per business outcome">
      <h3 className={styles.heading}>Risk per business outcome</h3>
      <ul className={styles.list}>
        {levels.map((r) => {
          const color = statusColor(theme, r.status, colorMode);
          return (
            <li key={r.id}>
              <button type="button" className={styles.row} onClick={() => onSelect(r.id)}>
                <span className={styles.name}>{r.title}</span>
                <span className={styles.steps} aria-hidden="true">
                  {[0, 1, 2].map((step) => (
                    <span
                      key={step}
                      className={cx(styles.step, r.level === null && styles.hatch)}
                      style={r.level !== null && step <= r.level ? { background: color } : undefined}
                    />
                  ))}
                </span>
                <span className={styles.level}>
                  <StatusIcon status={r.status} color={color} glyph={theme.colors.getContrastText(color)} size={14} />
                  <span className={styles.srOnly}>, status </span>
                  {statusLabel(r.status)}
                </span>
                {impactUnit !== null && (
                  <span className={styles.impact}>{formatImpactRate(r.impact, r, impactUnit)}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({ minWidth: 0, overflow: 'auto' }),
  heading: css({
    fontSize: theme.typography.bodySmall.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    color: theme.colors.text.secondary,
    margin: theme.spacing(0, 0, 0.75),
  }),
  list: css({ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 2 }),
  row: css({
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1.4fr) 96px 84px minmax(52px, auto)',
    alignItems: 'center',
    gap: theme.spacing(1),
    width: '100%',
    border: 'none',
    background: 'transparent',
    color: theme.colors.text.primary,
    padding: theme.spacing(0.5),
    borderRadius: theme.shape.radius.default,
    fontSize: theme.typography.bodySmall.fontSize,
    textAlign: 'left',
    cursor: 'pointer',
    '&:hover': { background: theme.colors.action.hover },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
  name: css({ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }),
  steps: css({ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 3, height: 10 }),
  step: css({
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: 2,
  }),
  hatch: css({
    background: `repeating-linear-gradient(45deg, ${theme.colors.text.disabled} 0 2px, transparent 2px 5px)`,
  }),
  level: css({ display: 'flex', alignItems: 'center', gap: 4 }),
  impact: css({ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }),
  srOnly: css({
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  }),
});
