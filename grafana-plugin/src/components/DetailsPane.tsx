import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, LinkModel } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { safeHttpUrl } from '../model/links';
import { statusLabel } from '../model/status';
import type { CascadeModel, CascadeNode } from '../model/types';
import type { CascadeOptions } from '../types';
import { ContributionBars } from './ContributionBars';
import { followableHref } from './dataLinks';
import { formatAgo, formatImpact, formatNodeValue, formatScore, formatTime, measureLabel } from './format';
import { statusColor } from './palette';
import { StatusIcon } from './StatusIcon';

interface Props {
  node: CascadeNode;
  model: CascadeModel;
  options: CascadeOptions;
  timeZone: TimeZone;
  links: Array<LinkModel<unknown>>;
  onSelect: (id: string) => void;
  onClose: () => void;
}

const SOURCE_TEXT = {
  series: '',
  'no-status-series': 'No mlhealth_node_status series for this node: shown as unknown.',
  'no-current-sample': 'No current sample at this time (stale or not yet computed): shown as unknown.',
} as const;

function definition(node: CascadeNode): string {
  const model = node.model ? `model ${node.model}` : 'all models';
  if (node.children.length > 0) {
    return `${node.tier === 'business' ? 'Business outcome' : 'Component'} of ${model}, rolling up ${node.children.length} node${node.children.length === 1 ? '' : 's'}; thresholds in score.`;
  }
  return `Base signal of ${model}, measured in ${node.unit || 'no unit'}.`;
}

function thresholdText(node: CascadeNode): string {
  const { warning, critical } = node.thresholds;
  if (warning === null && critical === null) {
    return 'none exported';
  }
  const higherIsWorse = warning !== null && critical !== null && critical > warning;
  const op = higherIsWorse ? '≥' : '≤';
  const unit = node.children.length > 0 ? 'score' : node.unit;
  const fmt = (v: number | null) => (v === null ? '–' : unit === 'score' ? v.toFixed(2) : formatNodeValue(v, unit));
  return `warning ${op} ${fmt(warning)}, critical ${op} ${fmt(critical)}`;
}

/** The details of the selected node: definition, numbers, owner, playbook, links and "why is this red?". */
export function DetailsPane({ node, model, options, timeZone, links, onSelect, onClose }: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const color = statusColor(theme, node.status, options.colorMode);
  const playbook = safeHttpUrl(node.runbookUrl);
  return (
    <section className={styles.pane} aria-label={`Details of ${node.title}`} data-testid="details-pane">
      <header className={styles.header}>
        <StatusIcon status={node.status} color={color} glyph={theme.colors.getContrastText(color)} size={20} />
        <div className={styles.heading}>
          <h2 className={styles.title}>{node.title}</h2>
          <div className={styles.sub}>
            {statusLabel(node.status)} · {node.id}
          </div>
        </div>
        <button type="button" className={styles.close} onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      {SOURCE_TEXT[node.statusSource] && <p className={styles.warning}>{SOURCE_TEXT[node.statusSource]}</p>}
      <dl className={styles.facts}>
        <dt>Definition</dt>
        <dd>{definition(node)}</dd>
        <dt>Score</dt>
        <dd>{formatScore(node.score)}</dd>
        {node.children.length === 0 && (
          <>
            <dt>Value</dt>
            <dd>{formatNodeValue(node.value, node.unit)}</dd>
          </>
        )}
        <dt>Thresholds</dt>
        <dd>{thresholdText(node)}</dd>
        {node.impacts.map((i) => (
          <React.Fragment key={i.measure}>
            <dt>{measureLabel(i.measure)}</dt>
            <dd>
              {formatImpact(i.value, i.measure, options.impactUnit)}
              {i.exposure !== null && ` of ${formatImpact(i.exposure, i.measure, options.impactUnit)}`}
            </dd>
          </React.Fragment>
        ))}
        <dt>Owner</dt>
        <dd>{node.owner || '–'}</dd>
        <dt>Playbook</dt>
        <dd>
          {playbook ? (
            <a href={playbook} target="_blank" rel="noopener noreferrer" className={styles.link}>
              {node.runbookUrl}
            </a>
          ) : node.runbookUrl ? (
            <span title="Only http(s) links are followed">{node.runbookUrl} (not followed)</span>
          ) : (
            '–'
          )}
        </dd>
        <dt>Last update</dt>
        <dd>
          {node.lastUpdate === null
            ? '–'
            : `${formatAgo(node.lastUpdate, model.at)} · ${formatTime(node.lastUpdate * 1000, timeZone)}`}
        </dd>
      </dl>
      {links.length > 0 && (
        <div className={styles.links}>
          {links.map((l, i) => {
            const href = followableHref(l.href);
            return href ? (
              <a key={i} href={href} target={l.target} rel="noopener noreferrer" className={styles.link}>
                {l.title || 'Open'}
              </a>
            ) : null;
          })}
        </div>
      )}
      {node.children.length > 0 && (
        <>
          <h3 className={styles.section}>
            {node.status === 'ok' ? 'What it rolls up' : `Why is this ${statusLabel(node.status).toLowerCase()}?`}
          </h3>
          <ContributionBars node={node} model={model} colorMode={options.colorMode} onSelect={onSelect} />
        </>
      )}
      {node.parents.length > 0 && (
        <>
          <h3 className={styles.section}>Rolls up into</h3>
          <div className={styles.parents}>
            {node.parents.map((id) => (
              <button key={id} type="button" className={styles.chip} onClick={() => onSelect(id)}>
                {model.byId.get(id)?.title ?? id}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  pane: css({
    height: '100%',
    overflow: 'auto',
    padding: theme.spacing(1.5),
    background: theme.colors.background.secondary,
    borderLeft: `1px solid ${theme.colors.border.weak}`,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  header: css({ display: 'flex', alignItems: 'flex-start', gap: theme.spacing(1), marginBottom: theme.spacing(1) }),
  heading: css({ flex: 1, minWidth: 0 }),
  title: css({ fontSize: theme.typography.h5.fontSize, margin: 0, overflowWrap: 'anywhere' }),
  sub: css({ color: theme.colors.text.secondary, overflowWrap: 'anywhere' }),
  close: css({
    border: 'none',
    background: 'none',
    color: theme.colors.text.secondary,
    fontSize: theme.typography.h4.fontSize,
    lineHeight: 1,
    cursor: 'pointer',
    padding: theme.spacing(0, 0.5),
    '&:hover': { color: theme.colors.text.primary },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
  warning: css({ margin: theme.spacing(0, 0, 1), color: theme.colors.warning.text }),
  facts: css({
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: theme.spacing(0.5, 1.5),
    margin: 0,
    dt: { color: theme.colors.text.secondary },
    dd: { margin: 0, overflowWrap: 'anywhere' },
  }),
  links: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1), marginTop: theme.spacing(1) }),
  link: css({ color: theme.colors.text.link, '&:hover': { textDecoration: 'underline' } }),
  section: css({
    fontSize: theme.typography.bodySmall.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    color: theme.colors.text.secondary,
    margin: theme.spacing(1.5, 0, 0.5),
  }),
  parents: css({ display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5) }),
  chip: css({
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.pill,
    background: theme.colors.background.primary,
    color: theme.colors.text.primary,
    padding: theme.spacing(0.25, 1),
    fontSize: theme.typography.bodySmall.fontSize,
    cursor: 'pointer',
    '&:hover': { borderColor: theme.colors.border.strong },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
});
