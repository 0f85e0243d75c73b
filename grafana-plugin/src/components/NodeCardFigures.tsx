/**
 * A node card's line of figures: status in words, score, value in its unit, and the amount at risk.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { statusLabel } from '../model/status';
import type { CascadeNode } from '../model/types';
import { formatImpact, formatNodeValue, formatScore } from './format';

interface Props {
  node: CascadeNode;
  /** Unit of money impacts; null hides the impact. */
  impactUnit: string | null;
}

/** The figures in one line; value and impact only when the node has them. */
export function NodeCardFigures({ node, impactUnit }: Props) {
  const styles = useStyles2(getStyles);
  const impact = impactUnit !== null ? node.impacts[0] : undefined;
  return (
    <div className={styles.metaRow}>
      <span className={styles.status}>{statusLabel(node.status)}</span>
      <span>score {formatScore(node.score)}</span>
      {node.value !== null && (
        <span className={styles.value}>
          <span className={styles.srOnly}>value </span>
          {formatNodeValue(node.value, node.unit)}
        </span>
      )}
      {impact && impactUnit !== null && (
        <span className={styles.impact} data-impact="true">
          {impact.value === null ? 'impact unknown' : `${formatImpact(impact.value, impact, impactUnit)} at risk`}
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
  status: css({ color: theme.colors.text.primary, fontWeight: theme.typography.fontWeightMedium }),
  value: css({ fontVariantNumeric: 'tabular-nums' }),
  impact: css({ marginLeft: 'auto', color: theme.colors.text.primary, fontVariantNumeric: 'tabular-nums' }),
  srOnly: css({
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  }),
});
