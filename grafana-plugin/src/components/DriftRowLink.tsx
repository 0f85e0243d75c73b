/**
 * From a drift node's details to its feature's row in the drift heatmap: the heatmap already shows the
 * selected node's model with the row outlined (`DriftHeatmap` `focus`); this button brings the row into
 * view and moves focus to it.
 */
import React from 'react';
import { Button } from '@grafana/ui';
import { driftRowOf } from '../model/drift';
import type { CascadeNode, DriftSeries } from '../model/types';

interface Props {
  node: CascadeNode;
  drift: readonly DriftSeries[];
}

/** "Show amount in the drift heatmap", for nodes about one feature's drift; nothing for others. */
export function DriftRowLink({ node, drift }: Props) {
  const row = driftRowOf(node, drift);
  if (row === null) {
    return null;
  }
  const key = `${row.model}/${row.feature}`;
  const show = (e: React.MouseEvent<HTMLButtonElement>) => {
    const panel = e.currentTarget.closest('[data-testid="cascade-panel"]') ?? document;
    const target = panel.querySelector<SVGGElement>(`[data-drift-row="${CSS.escape(key)}"]`);
    target?.scrollIntoView?.({ block: 'nearest' });
    target?.focus?.();
  };
  return (
    <Button size="sm" variant="secondary" icon="fire" fill="outline" onClick={show} data-drift-link={key}>
      Show {row.feature} in the drift heatmap
    </Button>
  );
}
