/**
 * The JSON Schema of the cascade spec (draft-07), as users write the YAML: durations as strings,
 * timestamps as ISO-8601 or numbers. The loader validates with exactly this object;
 * `exporter/schema/mlhealth-spec.schema.json` is this object written out (`npx tsx
 * exporter/src/spec/schema/write.ts`), and a test keeps the two identical.
 */
import { DEFINITIONS } from './definitions';
import { ESCALATION_POLICY, SCENARIO, TEAM } from './escalation';
import { arrayOf, int, obj, oneOfValues, ratio, ref, str, type JsonSchema } from './helpers';
import { MODEL, SOURCE, typeMismatchProperty } from './models';
import { NODE } from './nodes';

export { FRIENDLY_MESSAGES, type JsonSchema } from './helpers';
export { SIGNAL_KINDS } from './signals';

const DEFAULTS: JsonSchema = obj('Spec-wide defaults for everything a model or node does not say.', {
  evaluation_interval: ref('duration', 'How often nodes are evaluated when neither node nor model says.', {
    default: '15s',
  }),
  stale_after: ref('duration', 'A base node whose input is older than this is `unknown`.', { default: '5m' }),
  unknown_policy: oneOfValues(
    'Unknown policy for parents that do not declare one.',
    ['propagate', 'ignore', 'as_critical', 'max_unknown_share'],
    {
      default: 'propagate',
    },
  ),
  max_unknown_share: ratio(
    'The share of unknown children a `max_unknown_share` parent tolerates when it does not declare its own.',
  ),
  score_thresholds: obj(
    "Score thresholds that turn a parent's score into a status (warning above critical).",
    {
      warning: ratio('Score below which a parent is `warning`.', { default: 0.75 }),
      critical: ratio('Score below which a parent is `critical`.', { default: 0.5 }),
    },
    [],
    { default: { warning: 0.75, critical: 0.5 } },
  ),
  max_children: int('Metric fatigue: validation warns when a node has more children.', {
    minimum: 1,
    default: 7,
  }),
  max_nodes_per_tier: int('Metric fatigue: validation warns when a tier has more nodes.', {
    minimum: 1,
    default: 25,
  }),
  low_confidence_below: ratio('Confidence below which a prediction counts as low-confidence.', {
    default: 0.6,
  }),
  type_mismatch: typeMismatchProperty('for models that do not declare one', { default: 'reject' }),
});

const ROOT: JsonSchema = obj(
  'One versioned file declaring models, reference data, every node of every tier (base signals, components, business outcomes), impact models, escalation and sources. See docs/spec.md.',
  {
    api_version: { const: 'mlhealth/v1', description: 'Format version; always `mlhealth/v1`.' },
    name: str('Spec name, exported as `mlhealth_spec_info{name}`.', { minLength: 1, maxLength: 200 }),
    version: ref(
      'version',
      'Spec version, bumped on every change of meaning (`mlhealth calibrate` bumps it).',
    ),
    description: str('What this spec monitors.'),
    currency: str('ISO 4217 code of the currency impact models use.', {
      pattern: '^[A-Z]{3}$',
      default: 'USD',
    }),
    defaults: DEFAULTS,
    sources: arrayOf('Existing Prometheus servers that promql signals and exposures read.', SOURCE, {
      default: [],
    }),
    models: arrayOf('Monitored models.', MODEL, { default: [] }),
    nodes: arrayOf('Every node of every tier.', NODE, { minItems: 1 }),
    teams: arrayOf('Teams and their receivers.', TEAM, { default: [] }),
    escalation_policies: arrayOf('Escalation policies nodes refer to.', ESCALATION_POLICY, { default: [] }),
    scenarios: arrayOf('Named what-if scenarios.', SCENARIO, { default: [] }),
    platform: obj(
      "Who owns the exporter itself: its own alerts (down, absent, evaluation or store failing) go to this escalation policy's critical levels only. Absent: to every team's critical receivers.",
      {
        escalation: ref(
          'identifier',
          'Escalation policy (`escalation_policies[].id`) of the platform owner.',
        ),
        exporter_down_after: ref(
          'duration',
          'How long the exporter must be unreachable or failing before it alerts; a shorter restart sends nothing. Default 2m, at least two default evaluation intervals.',
        ),
      },
      ['escalation'],
    ),
    links: obj('Where the exporter and dashboards live, for links in alerts.', {
      grafana_url: ref('url', 'Grafana base URL.'),
      exporter_url: ref('url', 'Exporter base URL.'),
    }),
  },
  ['api_version', 'name', 'version', 'nodes'],
);

export const SPEC_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlhealth cascade spec',
  ...ROOT,
  definitions: DEFINITIONS,
};
