"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateAlertmanagerConfig = generateAlertmanagerConfig;
const inhibit_1 = require("./inhibit");
const receivers_1 = require("./receivers");
const routes_1 = require("./routes");
/**
 * Route tree, receivers, inhibit rules and business-hours intervals from the spec's teams and
 * escalation policies. Deterministic (spec order throughout). Complexity O(nodes + levels).
 *
 * @throws Error naming the policy/team/receiver when a level needs business hours its team lacks or
 *   a webhook has no URL.
 * @example generateAlertmanagerConfig(ctx).route.receiver // 'mlhealth-null'
 */
function generateAlertmanagerConfig(ctx) {
    const config = {
        route: (0, routes_1.generateRoute)(ctx.spec),
        inhibit_rules: (0, inhibit_1.generateInhibitRules)(ctx),
        receivers: (0, receivers_1.generateReceivers)(ctx.spec),
    };
    const global = (0, receivers_1.emailGlobals)(ctx.spec);
    const intervals = (0, routes_1.generateTimeIntervals)(ctx.spec);
    return {
        ...(global === undefined ? {} : { global }),
        ...config,
        ...(intervals.length === 0 ? {} : { time_intervals: intervals }),
    };
}
//# sourceMappingURL=index.js.map