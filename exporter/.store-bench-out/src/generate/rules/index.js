"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateRules = generateRules;
const nodeAlerts_1 = require("./nodeAlerts");
const selfAlerts_1 = require("./selfAlerts");
const slo_1 = require("./slo");
/**
 * The rule file for `ctx`'s spec. Deterministic: the same spec gives the same groups and rules in the
 * same order. Complexity O(nodes).
 *
 * @throws Error (from `sliExpression`) naming the node when an objective cannot be turned into an SLI.
 * @example generateRules(buildContext(spec)).groups[0].name // 'mlhealth-exporter'
 */
function generateRules(ctx) {
    const groups = [(0, selfAlerts_1.selfRuleGroup)(ctx.spec)];
    const retrain = (0, selfAlerts_1.retrainRules)(ctx);
    for (const model of ctx.spec.models) {
        const rules = ctx.nodes
            .filter((f) => f.node.model === model.id)
            .flatMap((f) => (0, nodeAlerts_1.nodeAlertRules)(ctx.spec, f));
        rules.push(...retrain.filter((r) => r.labels.model === model.id));
        if (rules.length > 0)
            groups.push({ name: `mlhealth-model-${model.id}`, rules });
    }
    const spanning = ctx.nodes
        .filter((f) => f.node.model === undefined)
        .flatMap((f) => (0, nodeAlerts_1.nodeAlertRules)(ctx.spec, f));
    if (spanning.length > 0)
        groups.push({ name: 'mlhealth-cross-model', rules: spanning });
    groups.push(...ctx.nodes.filter((f) => f.node.objective !== undefined).map((f) => (0, slo_1.sloRuleGroup)(f)));
    return { groups };
}
//# sourceMappingURL=index.js.map