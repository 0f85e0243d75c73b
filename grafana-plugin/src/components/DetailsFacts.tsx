/**
 * The details pane's facts about a node, as a definition list: definition, score, value (base signals,
 * with the statistic they measure), a multivariate classifier's separating features, thresholds, impacts,
 * owner, playbook and last update.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { safeHttpUrl } from '../model/links';
import type { CascadeNode } from '../model/types';
import { perPeriod } from '../model/units';
import { formatAgo, formatImpact, formatNodeValue, formatScore, formatTime, measureLabel } from './format';
import { nodeDefinition, thresholdText } from './nodeFacts';

interface Props {
  node: CascadeNode;
  /** The model's moment (Unix ms), which "last update … ago" counts from. */
  at: number;
  impactUnit: string;
  timeZone: TimeZone;
}

/** The facts; a missing one shows as `–`. */
export function DetailsFacts({ node, at, impactUnit, timeZone }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <dl className={styles.facts}>
      <dt>Definition</dt>
      <dd>{nodeDefinition(node)}</dd>
      <dt>Score</dt>
      <dd>{formatScore(node.score)}</dd>
      {node.children.length === 0 && (
        <>
          <dt>Value</dt>
          <dd>
            {formatNodeValue(node.value, node.unit)}
            {node.statistic && ` (${node.statistic})`}
          </dd>
        </>
      )}
      {node.featureShares.length > 0 && (
        <>
          <dt>Separating features</dt>
          <dd data-testid="separating-features">{separatingText(node)}</dd>
        </>
      )}
      <dt>Thresholds</dt>
      <dd>{thresholdText(node)}</dd>
      {node.impacts.map((i) => (
        <React.Fragment key={i.measure}>
          <dt>{measureLabel(i.measure)}</dt>
          <dd>
            {formatImpact(i.value, i, impactUnit)}
            {i.exposure !== null && ` of ${formatImpact(i.exposure, i, impactUnit)}`}
            {i.value !== null && i.per !== '' && ` ${perPeriod(i.per)}`}
          </dd>
        </React.Fragment>
      ))}
      <dt>Owner</dt>
      <dd>{node.owner || '–'}</dd>
      <dt>Playbook</dt>
      <dd>
        <Playbook url={node.runbookUrl} linkClass={styles.link} />
      </dd>
      <dt>Last update</dt>
      <dd>
        {node.lastUpdate === null
          ? '–'
          : `${formatAgo(node.lastUpdate, at)} · ${formatTime(node.lastUpdate * 1000, timeZone)}`}
      </dd>
    </dl>
  );
}

// The classifier's top features by their share of its separating weight: "x 45% · y 41% · c 14% (+2 more)".
function separatingText(node: CascadeNode): string {
  const top = node.featureShares.slice(0, SEPARATING_SHOWN).map((f) => `${f.feature} ${Math.round(100 * f.share)}%`);
  const more = node.featureShares.length - top.length;
  return `${top.join(' · ')}${more > 0 ? ` (+${more} more)` : ''}`;
}

const SEPARATING_SHOWN = 3;

// The runbook as a link only when it is http(s); anything else stays text, said not followed.
function Playbook({ url, linkClass }: { url: string; linkClass: string }) {
  const playbook = safeHttpUrl(url);
  if (playbook) {
    return (
      <a href={playbook} target="_blank" rel="noopener noreferrer" className={linkClass}>
        {url}
      </a>
    );
  }
  return url ? <span title="Only http(s) links are followed">{url} (not followed)</span> : <>–</>;
}

const getStyles = (theme: GrafanaTheme2) => ({
  facts: css({
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: theme.spacing(0.5, 1.5),
    margin: 0,
    dt: { color: theme.colors.text.secondary },
    dd: { margin: 0, overflowWrap: 'anywhere' },
  }),
  link: css({ color: theme.colors.text.link, '&:hover': { textDecoration: 'underline' } }),
});
