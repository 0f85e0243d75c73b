"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCENARIO = exports.ESCALATION_POLICY = exports.TEAM = void 0;
/**
 * Schema of `teams`, `escalation_policies` and `scenarios`.
 */
const helpers_1 = require("./helpers");
const receiverName = (0, helpers_1.str)('Receiver name, unique within the team; escalation levels refer to it.', {
    pattern: '^[A-Za-z0-9_.-]+$',
});
const RECEIVER = {
    type: 'object',
    description: 'Where alerts go (an Alertmanager receiver); secrets only through files.',
    discriminator: { propertyName: 'type' },
    required: ['type'],
    oneOf: [
        (0, helpers_1.obj)('An HTTP webhook: `url`, or `url_file` holding it.', {
            type: { const: 'webhook', description: 'Webhook receiver.' },
            name: receiverName,
            url: (0, helpers_1.ref)('url', 'The webhook URL.'),
            url_file: (0, helpers_1.str)('File holding the webhook URL.'),
        }, ['type', 'name']),
        (0, helpers_1.obj)('An e-mail receiver.', {
            type: { const: 'email', description: 'E-mail receiver.' },
            name: receiverName,
            to: (0, helpers_1.str)('Recipient address.', { format: 'email' }),
        }, ['type', 'name', 'to']),
        (0, helpers_1.obj)('A Slack channel.', {
            type: { const: 'slack', description: 'Slack receiver.' },
            name: receiverName,
            channel: (0, helpers_1.str)('Channel, e.g. `#fraud-ml`.', { minLength: 1 }),
            api_url_file: (0, helpers_1.str)('File holding the Slack webhook URL.'),
        }, ['type', 'name', 'channel', 'api_url_file']),
        (0, helpers_1.obj)('A PagerDuty service.', {
            type: { const: 'pagerduty', description: 'PagerDuty receiver.' },
            name: receiverName,
            routing_key_file: (0, helpers_1.str)('File holding the Events v2 routing key.'),
        }, ['type', 'name', 'routing_key_file']),
    ],
};
const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
exports.TEAM = (0, helpers_1.obj)('A team that receives alerts.', {
    id: (0, helpers_1.ref)('identifier', 'Team id, referenced by escalation policies.'),
    title: (0, helpers_1.str)('Human-readable name.'),
    receivers: (0, helpers_1.arrayOf)('Receivers of this team.', RECEIVER, { minItems: 1 }),
    business_hours: (0, helpers_1.obj)('Business hours, for levels that only page then (Alertmanager time_interval semantics).', {
        weekdays: (0, helpers_1.arrayOf)('Days or ranges, e.g. `monday:friday`.', (0, helpers_1.str)('A weekday or a range.', {
            pattern: `^${WEEKDAY}(:${WEEKDAY})?$`,
        }), { minItems: 1 }),
        start: (0, helpers_1.str)('Start time `HH:MM`.', { pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }),
        end: (0, helpers_1.str)('End time `HH:MM` (24:00 allowed).', { pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' }),
        location: (0, helpers_1.str)('IANA time zone, e.g. `Europe/Berlin`.', { minLength: 1 }),
    }, ['weekdays', 'start', 'end', 'location']),
}, ['id', 'receivers']);
exports.ESCALATION_POLICY = (0, helpers_1.obj)('Who is notified, at which severity, and within what time they must respond.', {
    id: (0, helpers_1.ref)('identifier', 'Policy id, referenced by `nodes[].escalation`.'),
    team: (0, helpers_1.ref)('identifier', 'The team (`teams[].id`).'),
    levels: (0, helpers_1.arrayOf)('Escalation levels.', (0, helpers_1.obj)('One level.', {
        severity: (0, helpers_1.oneOfValues)('Alerts of this severity use this level.', ['warning', 'critical']),
        receiver: (0, helpers_1.str)('Receiver name within the team.'),
        respond_within: (0, helpers_1.ref)('duration', 'Who must respond within this time (drives repeat_interval).'),
        business_hours_only: (0, helpers_1.bool)("Only notify during the team's business hours.", { default: false }),
    }, ['severity', 'receiver', 'respond_within']), { minItems: 1 }),
}, ['id', 'team', 'levels']);
const CHANGE = (0, helpers_1.obj)('One change of a what-if scenario.', {
    node: (0, helpers_1.ref)('nodeId', 'The node a value, score or status change applies to.'),
    value: (0, helpers_1.num)("Set a base node's raw value."),
    score: (0, helpers_1.num)("Set a node's score (0..1).", { minimum: 0, maximum: 1 }),
    status: (0, helpers_1.oneOfValues)("Force a node's status.", ['ok', 'warning', 'critical', 'unknown']),
    fail_source: (0, helpers_1.ref)('identifier', 'Mark a source as down.'),
    fail_feature: (0, helpers_1.obj)('Make a feature missing.', {
        model: (0, helpers_1.ref)('identifier', 'The model.'),
        feature: (0, helpers_1.str)('The feature.'),
    }, ['model', 'feature']),
    age_model: (0, helpers_1.obj)('Age a model.', {
        model: (0, helpers_1.ref)('identifier', 'The model.'),
        days: (0, helpers_1.num)('Days to add to its age.', { minimum: 0 }),
    }, ['model', 'days']),
    scale_exposure: (0, helpers_1.obj)('Multiply exposure.', {
        node: (0, helpers_1.ref)('nodeId', 'A business node with an impact; absent means all.'),
        factor: (0, helpers_1.num)('Factor.', { minimum: 0 }),
    }, ['factor']),
    set_exposure: (0, helpers_1.obj)('Set an exposure.', {
        node: (0, helpers_1.ref)('nodeId', 'A business node with an impact.'),
        value: (0, helpers_1.num)('Exposure value.', { minimum: 0 }),
    }, ['node', 'value']),
}, [], {
    ...(0, helpers_1.exactlyOneOf)([
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
});
exports.SCENARIO = (0, helpers_1.obj)('A named what-if scenario; its impact is exported beside live impact.', {
    id: (0, helpers_1.ref)('identifier', 'Scenario id.'),
    title: (0, helpers_1.str)('Human-readable name.'),
    description: (0, helpers_1.str)('What the scenario shows.'),
    changes: (0, helpers_1.arrayOf)('The changes applied on top of live values.', CHANGE, { minItems: 1 }),
}, ['id', 'title', 'changes']);
//# sourceMappingURL=escalation.js.map