/**
 * The details pane's answer to "why?": one sentence an executive reads (status, money at risk, the
 * signal that crossed its threshold), and the root-cause chain one click away.
 */
import React, { useId, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { statusLabel } from '../model/status';
import type { CascadeModel, CascadeNode } from '../model/types';
import { rootCauseChain, whySentence } from '../model/why';
import { formatImpact, formatNodeValue } from './format';

interface Props {
  node: CascadeNode;
  model: CascadeModel;
  impactUnit: string;
  onSelect: (id: string) => void;
}

/** The sentence, and a toggle showing the chain from the node to its root cause as buttons. */
export function DetailsWhy({ node, model, impactUnit, onSelect }: Props) {
  const styles = useStyles2(getStyles);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const sentence = whySentence(model, node.id, {
    value: formatNodeValue,
    impact: (v, of) => formatImpact(v, of, impactUnit),
  });
  const chain = rootCauseChain(model, node.id);
  if (sentence === null) {
    return null;
  }
  return (
    <div className={styles.why} data-testid="why-sentence">
      <p className={styles.sentence}>{sentence}</p>
      {chain.length > 1 && (
        <>
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide' : 'Show'} the root-cause chain ({chain.length - 1} step{chain.length === 2 ? '' : 's'})
          </button>
          <ol id={listId} className={styles.chain} hidden={!open}>
            {chain.slice(1).map((id) => {
              const n = model.byId.get(id)!;
              return (
                <li key={id}>
                  <button type="button" className={styles.step} onClick={() => onSelect(id)}>
                    {n.title}
                  </button>
                  <span className={styles.status}> · {statusLabel(n.status)}</span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  why: css({
    margin: theme.spacing(0, 0, 1),
    padding: theme.spacing(1),
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.weak}`,
  }),
  sentence: css({ margin: 0, fontSize: theme.typography.body.fontSize, lineHeight: 1.4 }),
  toggle: css({
    marginTop: theme.spacing(0.5),
    border: 'none',
    background: 'none',
    padding: 0,
    color: theme.colors.text.link,
    font: 'inherit',
    cursor: 'pointer',
    '&:hover': { textDecoration: 'underline' },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
  chain: css({ margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2.5) }),
  step: css({
    border: 'none',
    background: 'none',
    padding: 0,
    color: theme.colors.text.link,
    font: 'inherit',
    cursor: 'pointer',
    textAlign: 'left',
    '&:hover': { textDecoration: 'underline' },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}` },
  }),
  status: css({ color: theme.colors.text.secondary }),
});
