"use strict";
/** The shape of a Prometheus rule file, as `promtool check rules` reads it. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isAlertingRule = isAlertingRule;
function isAlertingRule(rule) {
    return 'alert' in rule;
}
//# sourceMappingURL=types.js.map