/**
 * The details pane's "why is this red?": each child's share of the node's score deficit (or, when the
 * node is ok, what it rolls up), for nodes with children.
 */
import React from 'react';
import { statusLabel } from '../model/status';
import type { CascadeModel, CascadeNode } from '../model/types';
import type { ColorMode } from '../types';
import { ContributionBars } from './ContributionBars';
import { DetailsSection } from './DetailsSection';

interface Props {
  node: CascadeNode;
  model: CascadeModel;
  colorMode: ColorMode;
  onSelect: (id: string) => void;
}

/** The contribution bars under a question naming the status; nothing for a base signal. */
export function DetailsContributions({ node, model, colorMode, onSelect }: Props) {
  if (node.children.length === 0) {
    return null;
  }
  const title = node.status === 'ok' ? 'What it rolls up' : `Why is this ${statusLabel(node.status).toLowerCase()}?`;
  return (
    <DetailsSection title={title}>
      <ContributionBars node={node} model={model} colorMode={colorMode} onSelect={onSelect} />
    </DetailsSection>
  );
}
