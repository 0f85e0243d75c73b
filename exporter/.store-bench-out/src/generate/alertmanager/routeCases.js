"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.escalationRouteCases = escalationRouteCases;
const names_1 = require("../rules/names");
const receivers_1 = require("./receivers");
const routes_1 = require("./routes");
function escalationRouteCases(spec) {
    const cases = [];
    for (const policy of spec.escalation_policies) {
        for (const severity of ['warning', 'critical']) {
            const levels = policy.levels.filter((l) => l.severity === severity);
            const alertname = severity === 'critical' ? names_1.ALERTS.nodeCritical : names_1.ALERTS.nodeWarning;
            cases.push({
                description: `${policy.id} ${severity}`,
                labels: { alertname, severity, team: policy.team, escalation: policy.id, tier: 'base', node: 'any' },
                receivers: levels.length === 0 ? [receivers_1.NULL_RECEIVER] : levels.map((l) => (0, receivers_1.receiverName)(policy.team, l.receiver)),
            });
        }
    }
    const self = (0, routes_1.selfAlertLevels)(spec).map(({ policy, level }) => (0, receivers_1.receiverName)(policy.team, level.receiver));
    cases.push({
        description: 'exporter down reaches every team',
        labels: { alertname: names_1.ALERTS.exporterDown, severity: 'critical', instance: 'mlhealth:9853' },
        receivers: self.length === 0 ? [receivers_1.NULL_RECEIVER] : self,
    });
    cases.push({
        description: 'alert without a team is not notified',
        labels: { alertname: names_1.ALERTS.nodeCritical, severity: 'critical', node: 'orphan' },
        receivers: [receivers_1.NULL_RECEIVER],
    });
    return cases;
}
//# sourceMappingURL=routeCases.js.map