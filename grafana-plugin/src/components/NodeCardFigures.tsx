/**
 * A node card's line of figures: status in words, score, value in its unit, and the amount at risk.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { statusLabel } from '../model/status';
import type { CascadeNode } from '../model/types';
import type { TimeZone } from '@grafana/schema';
import { indexAtOrBefore } from '../model/sampleAt';
import { formatImpactRate, formatMoment, formatNodeValue, formatScore } from './format';

interface Props {
  node: CascadeNode;
  /** Unit of money impacts; null hides the impact. */
  impactUnit: string | null;
  /** A moment hovered on this card's sparkline: the line shows the score then instead. */
  preview?: { time: number; to: number; timeZone: TimeZone } | null;
}

/** The figures in one line; value and impact only when the node has them. */
export function NodeCardFigures({ node, impactUnit, preview }: Props) {
  const styles = useStyles2(getStyles);
  if (preview) {
    const { times, values } = node.scoreHistory;
    const i = indexAtOrBefore(times, preview.time);
    return (
      <div className={styles.metaRow} data-testid="card-preview">
        <span className={styles.status}>At {formatMoment(preview.time, preview.to, preview.timeZone)}</span>
        <span>score {formatScore(i >= 0 ? values[i] : null)}</span>
      </div>
    );
  }
  const impact = impactUnit !== null ? node.impacts[0] : undefined;
  const impactText =
    impact && impactUnit !== null
      ? impact.value === null
        ? 'impact unknown'
        : `${formatImpactRate(impact.value, impact, impactUnit)} at risk`
      : null;
  const value = node.value !== null ? formatNodeValue(node.value, node.unit) : null;
  const all = [statusLabel(node.status), `score ${formatScore(node.score)}`, value, impactText];
  // When the card is narrow the score and value drop out whole, never cut to a fragment like "s" (the
  // row's tooltip has them): they sit in a one-line box that wraps, behind a zero-width first item, so
  // one that does not fit goes to the hidden second line. The status and the amount at risk never do.
  return (
    <div className={styles.metaRow} title={all.filter(Boolean).join(' · ')}>
      <span className={styles.status}>{statusLabel(node.status)}</span>
      <span className={styles.optional} data-optional-figures="true">
        <span className={styles.spacer} />
        <span className={styles.item}>score {formatScore(node.score)}</span>
        {value !== null && (
          <span className={`${styles.value} ${styles.item}`}>
            <span className={styles.srOnly}>value </span>
            {value}
          </span>
        )}
      </span>
      {impactText !== null && (
        <span className={styles.impact} data-impact="true">
          {impactText}
        </span>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  metaRow: css({
    display: 'flex',
    gap: theme.spacing(1),
    color: theme.colors.text.secondary,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
  }),
  status: css({ color: theme.colors.text.primary, fontWeight: theme.typography.fontWeightMedium, flex: 'none' }),
  optional: css({ flex: '1 1 0', minWidth: 0, height: '1lh', display: 'flex', flexWrap: 'wrap', overflow: 'hidden' }),
  spacer: css({ width: 0, height: '1lh' }),
  item: css({ flex: 'none', marginRight: theme.spacing(1) }),
  value: css({ fontVariantNumeric: 'tabular-nums' }),
  impact: css({
    marginLeft: 'auto',
    flex: 'none',
    color: theme.colors.text.primary,
    fontVariantNumeric: 'tabular-nums',
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
