/**
 * What the panel editor's pickers offer, read from the query results, and what the panel says when a
 * saved option names something the data does not have (a mistyped root node is never ignored silently).
 * Pure.
 */
import type { FrameIndex } from './buildModel';
import { driftModels } from './drift';
import { CONTRACT_METRICS as M } from './metrics';
import { collectNodeIds } from './nodes';
import type { CascadeModel, Notice, Tier } from './types';

/** A picker entry: the saved value, what the list shows, and a second line. */
export interface Choice {
  value: string;
  label: string;
  description: string;
}

const TIER_ORDER: Record<string, number> = { business: 0, component: 1, base: 2 };

/**
 * Every node of the data, business first, then component, then base, by title within a tier; the label
 * is the title, the description the id and tier. O(series + nodes log nodes).
 *
 * @example nodeChoices(indexFrames([])) // []
 */
export function nodeChoices(frames: FrameIndex): Choice[] {
  const info = new Map<string, Record<string, string>>();
  for (const s of [...frames.index.all(M.nodeStatus), ...frames.index.all(M.nodeInfo)]) {
    if (s.labels.node) {
      info.set(s.labels.node, { ...info.get(s.labels.node), ...s.labels });
    }
  }
  return collectNodeIds(frames.index)
    .map((id) => {
      const labels = info.get(id) ?? {};
      const tier = (labels.tier ?? '') as Tier | '';
      return { value: id, label: labels.title || id, description: tier ? `${id} · ${tier}` : id, tier };
    })
    .sort((a, b) => (TIER_ORDER[a.tier] ?? 3) - (TIER_ORDER[b.tier] ?? 3) || a.label.localeCompare(b.label))
    .map(({ value, label, description }) => ({ value, label, description }));
}

/**
 * The models with drift series, sorted.
 *
 * @example driftModelChoices(indexFrames([])) // []
 */
export function driftModelChoices(frames: FrameIndex): Choice[] {
  return driftModels(frames.drift).map((m) => ({ value: m, label: m, description: 'mlhealth_feature_drift' }));
}

/** The saved options the notices check. */
export interface PickedOptions {
  rootNode: string;
  driftModel: string;
  showDrift: boolean;
}

/**
 * Warnings for saved options that match nothing in the data: a root node that is not a node (the whole
 * cascade is shown), a drift model without drift series (the first model's heatmap is shown).
 *
 * @example optionNotices({ rootNode: '', driftModel: '', showDrift: true }, model) // []
 */
export function optionNotices(options: PickedOptions, live: CascadeModel): Notice[] {
  const out: Notice[] = [];
  if (options.rootNode !== '' && !live.byId.has(options.rootNode)) {
    out.push({
      severity: 'warning',
      text: `Root node “${options.rootNode}” matches no node in the data: showing the whole cascade. Pick one of the ${live.nodes.length} nodes in the panel options.`,
    });
  }
  const models = driftModels(live.drift);
  if (options.showDrift && options.driftModel !== '' && models.length > 0 && !models.includes(options.driftModel)) {
    out.push({
      severity: 'warning',
      text: `Drift model “${options.driftModel}” has no mlhealth_feature_drift series: showing ${models[0]}. Models with drift: ${models.join(', ')}.`,
    });
  }
  return out;
}
