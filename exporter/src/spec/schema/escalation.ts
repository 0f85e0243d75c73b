/**
 * Schema of `teams`, `escalation_policies` and `scenarios`.
 */
import { arrayOf, bool, exactlyOneOf, num, obj, oneOfValues, ref, str, type JsonSchema } from './helpers';

const receiverName = str('Receiver name, unique within the team; escalation levels refer to it.', {
  pattern: '^[A-Za-z0-9_.-]+$',
});

const RECEIVER: JsonSchema = {
  type: 'object',
  description: 'Where alerts go (an Alertmanager receiver); secrets only through files.',
  discriminator: { propertyName: 'type' },
  required: ['type'],
  oneOf: [
    obj(
      'An HTTP webhook: `url`, or `url_file` holding it.',
      {
        type: { const: 'webhook', description: 'Webhook receiver.' },
        name: receiverName,
        url: ref('url', 'The webhook URL.'),
        url_file: str('File holding the webhook URL.'),
      },
      ['type', 'name'],
    ),
    obj(
      'An e-mail receiver.',
      {
        type: { const: 'email', description: 'E-mail receiver.' },
        name: receiverName,
        to: str('Recipient address.', { format: 'email' }),
      },
      ['type', 'name', 'to'],
    ),
    obj(
      'A Slack channel.',
      {
        type: { const: 'slack', description: 'Slack receiver.' },
        name: receiverName,
        channel: str('Channel, e.g. `#fraud-ml`.', { minLength: 1 }),
        api_url_file: str('File holding the Slack webhook URL.'),
      },
      ['type', 'name', 'channel', 'api_url_file'],
    ),
    obj(
      'A PagerDuty service.',
      {
        type: { const: 'pagerduty', description: 'PagerDuty receiver.' },
        name: receiverName,
        routing_key_file: str('File holding the Events v2 routing key.'),
      },
      ['type', 'name', 'routing_key_file'],
    ),
  ],
};

const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

export const TEAM: JsonSchema = obj(
  'A team that receives alerts.',
  {
    id: ref('identifier', 'Team id, referenced by escalation policies.'),
    title: str('Human-readable name.'),
    receivers: arrayOf('Receivers of this team.', RECEIVER, { minItems: 1 }),
    business_hours: obj(
      'Business hours, for levels that only page then (Alertmanager time_interval semantics).',
      {
        weekdays: arrayOf(
          'Days or ranges, e.g. `monday:friday`.',
          str('A weekday or a range.', {
            pattern: `^${WEEKDAY}(:${WEEKDAY})?$`,
          }),
          { minItems: 1 },
        ),
        start: str('Start time `HH:MM`.', { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }),
        end: str('End time `HH:MM` (24:00 allowed).', { pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' }),
        location: str('IANA time zone, e.g. `Europe/Berlin`.', { minLength: 1 }),
      },
      ['weekdays', 'start', 'end', 'location'],
    ),
  },
  ['id', 'receivers'],
);

export const ESCALATION_POLICY: JsonSchema = obj(
  'Who is notified, at which severity, and within what time they must respond.',
  {
    id: ref('identifier', 'Policy id, referenced by `nodes[].escalation`.'),
    team: ref('identifier', 'The team (`teams[].id`).'),
    levels: arrayOf(
      'Escalation levels.',
      obj(
        'One level.',
        {
          severity: oneOfValues('Alerts of this severity use this level.', ['warning', 'critical']),
          receiver: str('Receiver name within the team.'),
          respond_within: ref('duration', 'Who must respond within this time (drives repeat_interval).'),
          business_hours_only: bool("Only notify during the team's business hours.", { default: false }),
        },
        ['severity', 'receiver', 'respond_within'],
      ),
      { minItems: 1 },
    ),
  },
  ['id', 'team', 'levels'],
);

export const CHANGE: JsonSchema = obj(
  'One change of a what-if scenario.',
  {
    node: ref('nodeId', 'The node a value, score or status change applies to.'),
    value: num("Set a base node's raw value."),
    score: num("Set a node's score (0..1).", { minimum: 0, maximum: 1 }),
    status: oneOfValues("Force a node's status.", ['ok', 'warning', 'critical', 'unknown']),
    fail_source: ref('identifier', 'Mark a source as down.'),
    fail_feature: obj(
      'Make a feature missing.',
      {
        model: ref('identifier', 'The model.'),
        feature: str('The feature.'),
      },
      ['model', 'feature'],
    ),
    age_model: obj(
      'Age a model.',
      {
        model: ref('identifier', 'The model.'),
        days: num('Days to add to its age.', { minimum: 0 }),
      },
      ['model', 'days'],
    ),
    scale_exposure: obj(
      'Multiply exposure.',
      {
        node: ref('nodeId', 'A business node with an impact; absent means all.'),
        factor: num('Factor.', { minimum: 0 }),
      },
      ['factor'],
    ),
    set_exposure: obj(
      'Set an exposure.',
      {
        node: ref('nodeId', 'A business node with an impact.'),
        value: num('Exposure value.', { minimum: 0 }),
      },
      ['node', 'value'],
    ),
  },
  [],
  {
    ...exactlyOneOf([
      { title: '`{node, value}`', required: ['value'] },
      { title: '`{node, score}`', required: ['score'] },
      { title: '`{node, status}`', required: ['status'] },
      { title: '`{fail_source}`', required: ['fail_source'] },
      { title: '`{fail_feature}`', required: ['fail_feature'] },
      { title: '`{age_model}`', required: ['age_model'] },
      { title: '`{scale_exposure}`', required: ['scale_exposure'] },
      { title: '`{set_exposure}`', required: ['set_exposure'] },
    ]),
    dependencies: { value: ['node'], score: ['node'], status: ['node'] },
  },
);

export const SCENARIO: JsonSchema = obj(
  'A named what-if scenario; its impact is exported beside live impact.',
  {
    id: ref('identifier', 'Scenario id.'),
    title: str('Human-readable name.'),
    description: str('What the scenario shows.'),
    changes: arrayOf('The changes applied on top of live values.', CHANGE, { minItems: 1 }),
  },
  ['id', 'title', 'changes'],
);
