"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.exactAlternation = exactAlternation;
exports.generateInhibitRules = generateInhibitRules;
const names_1 = require("../rules/names");
const DATA = `tier=~"${names_1.DATA_TIERS.join('|')}"`;
/** A regular expression matching exactly these values (dots and other metacharacters escaped). */
function exactAlternation(values) {
    return values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
/** A matcher string with a regex value, its backslashes escaped for the matcher's double quotes. */
function regexMatcher(label, values) {
    return `${label}=~${JSON.stringify(exactAlternation(values))}`;
}
function generateInhibitRules(ctx) {
    const rules = [
        {
            source_matchers: [`alertname=~"${names_1.ALERTS.exporterDown}|${names_1.ALERTS.exporterAbsent}"`],
            target_matchers: [DATA],
            equal: ['environment'],
        },
        {
            source_matchers: ['severity="critical"', DATA],
            target_matchers: ['severity="warning"', DATA],
            equal: ['environment', 'node'],
        },
    ];
    for (const facts of ctx.nodes.filter((f) => f.node.tier === 'business')) {
        const components = facts.descendants.filter((id) => ctx.byId.get(id)?.node.tier === 'component');
        if (components.length === 0)
            continue;
        rules.push({
            source_matchers: [`alertname="${names_1.ALERTS.businessCritical}"`, `node="${facts.node.id}"`],
            target_matchers: ['severity="critical"', 'tier="component"', regexMatcher('node', components)],
            equal: ['environment'],
        });
    }
    return rules;
}
//# sourceMappingURL=inhibit.js.map