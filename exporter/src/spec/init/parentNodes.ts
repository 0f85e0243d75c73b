/**
 * The component and business tiers `mlhealth init` writes: one component per concern that has signals
 * (drift, data quality, prediction quality, serving, governance), each as healthy as its worst signal,
 * and one business outcome over them whose owner and exposure are placeholders for a person to fill in.
 */
import { SPEC_DEFAULTS } from '../convert';
import { PLACEHOLDER_MARKER } from '../semantic/placeholders';
import type { BaseGroups } from './baseNodes';
import { groupLeaves, type Leaf } from './grouping';
import { modelPrefix } from './ids';
import type { InitInput, PlannedNode } from './input';

/** The component and business nodes, the intermediate groups first. */
export interface ParentNodes {
  groups: PlannedNode[];
  components: PlannedNode[];
  business: PlannedNode[];
}

const COMPONENTS = [
  ['drift', 'drift'],
  ['data_quality', 'data quality'],
  ['prediction_quality', 'prediction quality'],
  ['serving', 'serving'],
  ['governance', 'governance'],
] as const;

/**
 * The model id as a title.
 * @example modelTitle('credit-risk') // 'Credit risk'
 */
export function modelTitle(model: string): string {
  const words = model.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The components over `base` (each `worst_of`, the concerns without signals left out), the groups that
 * keep them within `defaults.max_children`, and the business outcome over the components: a
 * `weighted_mean` with a linear loss, whose owner and exposure are placeholders. Throws nothing.
 */
export function planParentNodes(input: InitInput, base: BaseGroups, currency: string): ParentNodes {
  const p = modelPrefix(input.model);
  const title = modelTitle(input.model);
  const ctx: GroupContext = {
    model: input.model,
    used: new Set(Object.values(base).flatMap((nodes) => nodes.map((n) => n.node.id))),
    groups: [],
  };
  const missing = grouped(ctx, base.missing, `${p}.data_quality.missing_`, `${title} · missing values`, 1);
  const children: Record<(typeof COMPONENTS)[number][0], string[]> = {
    drift: grouped(ctx, base.drift, `${p}.drift.`, `${title} · drift`, 0),
    data_quality: [...missing, ...ids(base.schema)],
    prediction_quality: ids(base.prediction_quality),
    serving: ids(base.serving),
    governance: ids(base.governance),
  };
  const components = COMPONENTS.filter(([key]) => children[key].length > 0).map(([key, words]) =>
    component(input.model, `${p}.${key}`, `${title} · ${words}`, children[key]),
  );
  return { groups: ctx.groups, components, business: [businessNode(input, components, currency)] };
}

interface GroupContext {
  model: string;
  /** Every node id taken so far. */
  used: Set<string>;
  groups: PlannedNode[];
}

/** The ids a component holds for `nodes`, gathered under groups past `max_children` (`reserved` slots kept). */
function grouped(
  ctx: GroupContext,
  nodes: readonly PlannedNode[],
  prefix: string,
  title: string,
  reserved: number,
): string[] {
  const leaves: Leaf[] = nodes.map((n) => {
    const name = featureOf(n);
    return { id: n.node.id, first: name, last: name };
  });
  const cap = SPEC_DEFAULTS.max_children;
  const made = groupLeaves(leaves, { prefix, title, room: cap - reserved, cap, used: ctx.used });
  for (const g of made.groups) ctx.groups.push(component(ctx.model, g.id, g.title, g.children));
  return made.children;
}

function ids(nodes: readonly PlannedNode[]): string[] {
  return nodes.map((n) => n.node.id);
}

function featureOf(n: PlannedNode): string {
  const signal = n.node.signal as { feature?: string } | undefined;
  return signal?.feature ?? n.node.id;
}

function component(model: string, id: string, title: string, children: string[]): PlannedNode {
  return { node: { id, tier: 'component', model, title, children, rollup: { rule: 'worst_of' } } };
}

function businessNode(input: InitInput, components: readonly PlannedNode[], currency: string): PlannedNode {
  const p = modelPrefix(input.model);
  return {
    node: {
      id: `${p}.revenue_assurance`,
      tier: 'business',
      title: `${modelTitle(input.model)} · revenue assurance`,
      description: `What the health of the ${input.model} model puts at risk: exposure × loss(score)`,
      owner: `${PLACEHOLDER_MARKER}: who answers for this outcome`,
      children: ids(components),
      rollup: { rule: 'weighted_mean' },
      impact: {
        measure: 'revenue_at_risk',
        unit: `${currency}/hour`,
        exposure: { constant: 0 },
        loss: { kind: 'linear', max_loss: 1 },
      },
    },
  };
}
