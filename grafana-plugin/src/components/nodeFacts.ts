/**
 * The details pane's sentences about a node, pure: what it is, its thresholds, and why its status is
 * unknown when that is for lack of data.
 */
import type { CascadeNode } from '../model/types';
import { formatNodeValue } from './format';

const STATUS_SOURCE_NOTES = {
  series: '',
  'no-status-series': 'No mlhealth_node_status series for this node: shown as unknown.',
  'no-current-sample': 'No current sample at this time (stale or not yet computed): shown as unknown.',
} as const;

/** Why the node shows as unknown when its status is missing from the data; empty when it was read. */
export function statusSourceNote(node: Pick<CascadeNode, 'statusSource'>): string {
  return STATUS_SOURCE_NOTES[node.statusSource];
}

// How a base signal's unit reads in a sentence: never "measured in none".
const UNIT_WORDS: Record<string, string> = {
  '': 'a plain number',
  none: 'a plain number',
  score: 'a score from 0 to 1',
  ratio: 'a ratio (shown in percent)',
  seconds: 'measured in seconds',
  count: 'a count',
  per_second: 'a rate per second',
};

/**
 * What the node is: an outcome or component rolling up children (thresholds in score), or a base
 * signal in its unit.
 *
 * @example nodeDefinition(demo.byId.get('fraud.drift')!) // 'Component of model fraud, rolling up 2 nodes; thresholds in score.'
 */
export function nodeDefinition(node: CascadeNode): string {
  const model = node.model ? `model ${node.model}` : 'all models';
  if (node.children.length > 0) {
    return `${node.tier === 'business' ? 'Business outcome' : 'Component'} of ${model}, rolling up ${node.children.length} node${node.children.length === 1 ? '' : 's'}; thresholds in score.`;
  }
  const unit = UNIT_WORDS[node.unit] ?? `measured in ${node.unit}`;
  return `Base signal of ${model}, ${unit}.`;
}

/**
 * The warning and critical thresholds with their direction (≥ when critical is above warning, else ≤),
 * in score for a parent and in the node's unit for a base signal.
 *
 * @example thresholdText(demo.byId.get('fraud.dq.missing_ratio')!) // 'warning ≥ 2.00%, critical ≥ 5.00%'
 */
export function thresholdText(node: CascadeNode): string {
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
