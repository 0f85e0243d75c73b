/**
 * The unit of a node's value, for `mlhealth_node_info{unit}`: the spec's `unit` when given (the loader
 * fills it from the signal kind), else the signal kind's unit; parents are scored, so their unit is
 * `score`.
 */
import { signalUnit } from './signalRules';
import type { NodeSpec, NodeUnit } from './types';

/** The unit label of a node. */
export function nodeUnit(node: NodeSpec): NodeUnit {
  if (node.unit !== undefined) return node.unit;
  if (node.signal === undefined) return 'score';
  return signalUnit(node.signal);
}
