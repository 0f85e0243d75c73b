/**
 * The details pane's "rolls up into": the node's parents as buttons that open them.
 */
import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { CascadeModel, CascadeNode } from '../model/types';
import { DetailsSection } from './DetailsSection';

interface Props {
  node: CascadeNode;
  model: CascadeModel;
  onSelect: (id: string) => void;
}

/** One chip per parent, by title (or id); nothing for a top node. */
export function DetailsParents({ node, model, onSelect }: Props) {
  const styles = useStyles2(getStyles);
  if (node.parents.length === 0) {
    return null;
  }
  return (
    <DetailsSection title="Rolls up into">
      <div className={styles.parents}>
        {node.parents.map((id) => (
          <button key={id} type="button" className={styles.chip} onClick={() => onSelect(id)}>
            {model.byId.get(id)?.title ?? id}
          </button>
        ))}
      </div>
    </DetailsSection>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
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
