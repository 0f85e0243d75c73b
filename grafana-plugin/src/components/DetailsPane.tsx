import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, LinkModel } from '@grafana/data';
import type { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import type { CascadeModel, CascadeNode } from '../model/types';
import type { CascadeOptions } from '../types';
import { DetailsContributions } from './DetailsContributions';
import { DetailsFacts } from './DetailsFacts';
import { DetailsHeader } from './DetailsHeader';
import { DetailsWhy } from './DetailsWhy';
import { DetailsLinks } from './DetailsLinks';
import { DetailsParents } from './DetailsParents';
import { DriftRowLink } from './DriftRowLink';

interface Props {
  node: CascadeNode;
  model: CascadeModel;
  options: CascadeOptions;
  timeZone: TimeZone;
  links: Array<LinkModel<unknown>>;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** The details of the selected node: definition, numbers, owner, playbook, links and "why is this red?". */
export function DetailsPane({ node, model, options, timeZone, links, onSelect, onClose }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <section className={styles.pane} aria-label={`Details of ${node.title}`} data-testid="details-pane">
      <DetailsHeader node={node} colorMode={options.colorMode} onClose={onClose} />
      <DetailsWhy node={node} model={model} impactUnit={options.impactUnit} onSelect={onSelect} />
      <DetailsFacts node={node} at={model.at} impactUnit={options.impactUnit} timeZone={timeZone} />
      <DetailsLinks links={links} />
      {options.showDrift && <DriftRowLink node={node} drift={model.drift} />}
      <DetailsContributions node={node} model={model} colorMode={options.colorMode} onSelect={onSelect} />
      <DetailsParents node={node} model={model} onSelect={onSelect} />
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
});
