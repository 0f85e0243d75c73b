/**
 * `buildInitSpec`: the spec `mlhealth init` writes for one model, as YAML text with a comment on every
 * block. Pure: the command reads the reference, calibrates the result and writes the file.
 */
import { SPEC_DEFAULTS } from '../convert';
import { formatTimestamp } from '../timestamp';
import { planBaseNodes } from './baseNodes';
import * as text from './comments';
import { renderInitDocument, type ModelBlock, type TopLevel } from './document';
import { calibrationChunks, type InitInput, type PlannedNode } from './input';
import { modelTitle, planParentNodes } from './parentNodes';
import { PLACEHOLDER_MARKER } from '../semantic/placeholders';

/** The currency of the business tier's impact (the spec's default). */
export const INIT_CURRENCY = 'USD';
/** The version of a freshly written spec. */
export const INIT_VERSION = '0.1.0';

/**
 * The spec text for `input`: the model with its features, the base signals with reference-chunk
 * derivations (to be calibrated), components, one business outcome with placeholders, and
 * `defaults.max_nodes_per_tier` raised when a tier holds more nodes than the default allows.
 *
 * @throws Error when the reference is too small to calibrate on (fewer than 20 rows).
 * @example buildInitSpec(input).startsWith('# Monitoring spec for the model') // true
 */
export function buildInitSpec(input: InitInput): string {
  const chunks = calibrationChunks(input.rows);
  if (chunks === 0)
    throw new Error(
      `buildInitSpec: the reference has ${input.rows} rows; at least 20 are needed to calibrate`,
    );
  const nodes = planNodes(input);
  const perTier = Math.max(
    ...(['base', 'component', 'business'] as const).map((t) => nodes.filter((n) => n.node.tier === t).length),
  );
  const top: TopLevel[] = [
    { key: 'api_version', value: 'mlhealth/v1' },
    { key: 'name', value: input.model },
    { key: 'version', value: INIT_VERSION },
    {
      key: 'description',
      value: `${modelTitle(input.model)}: drift, data quality, prediction quality, serving and governance up to its business outcome.`,
    },
    { key: 'currency', value: INIT_CURRENCY, comment: ' The currency of the business tier.' },
  ];
  if (perTier > SPEC_DEFAULTS.max_nodes_per_tier) {
    top.push({
      key: 'defaults',
      value: { max_nodes_per_tier: perTier },
      comment: ` One node per feature and signal: ${perTier} nodes in a tier, so the metric-fatigue limit is raised on purpose.`,
    });
  }
  return renderInitDocument(text.headerComment(input), top, modelBlock(input, chunks), nodes);
}

function modelBlock(input: InitInput, chunks: number): ModelBlock {
  const model: ModelBlock['model'] = {
    id: input.model,
    title: modelTitle(input.model),
    version: '1',
    ...(input.trainedAt !== undefined ? { trained_at: formatTimestamp(input.trainedAt) } : {}),
    task: input.task,
    owner: `${PLACEHOLDER_MARKER}: the team that owns the model`,
    reference: { file: input.referenceFile },
    ...(input.referenceTakenAt !== undefined
      ? { reference_taken_at: formatTimestamp(input.referenceTakenAt) }
      : {}),
    window: { count: Math.round(input.rows / chunks) },
    features: input.features.map((f) => ({
      name: f.name,
      type: f.type,
      ...(f.range !== undefined ? { range: f.range } : {}),
      ...(f.categories !== undefined ? { categories: f.categories } : {}),
      drift_method: f.drift_method,
    })),
  };
  return {
    model,
    comment: text.modelComment(input),
    featureComments: input.features.map(text.featureComment),
  };
}

/** Every node in file order, each section's first node carrying the section's comment. */
function planNodes(input: InitInput): PlannedNode[] {
  const base = planBaseNodes(input);
  const parents = planParentNodes(input, base, INIT_CURRENCY);
  const sections: Array<[PlannedNode[], string]> = [
    [base.drift, text.driftComment(input)],
    [[...base.missing, ...base.schema], text.MISSING_COMMENT],
    [base.prediction_quality, text.predictionComment(input)],
    [base.serving, text.servingComment(SPEC_DEFAULTS.stale_after)],
    [base.governance, text.governanceComment(input)],
    [parents.groups, text.GROUPS_COMMENT],
    [parents.components, text.componentsComment(parents.groups.length > 0)],
    [parents.business, text.businessComment(INIT_CURRENCY)],
  ];
  const nodes: PlannedNode[] = [];
  for (const [section, comment] of sections) {
    section.forEach((n, i) => {
      const reason = input.uncalibrated?.get(n.node.id);
      const lines = [
        ...(i === 0 ? [comment] : []),
        ...(reason !== undefined ? [text.uncalibratedComment(reason)] : []),
      ];
      nodes.push(lines.length > 0 ? { ...n, comment: lines.join('\n') } : n);
    });
  }
  return nodes;
}
