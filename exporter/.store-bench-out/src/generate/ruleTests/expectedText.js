"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.firstChild = firstChild;
exports.expectedText = expectedText;
const format_1 = require("../rules/format");
const series_1 = require("./series");
/** First child of a parent in spec order: the child a scenario gives the contribution to. */
function firstChild(ctx, parent) {
    return ctx.byId.get(parent)?.node.children?.[0]?.node;
}
function expectedText(ctx, values) {
    return {
        value: (node, unit) => (0, format_1.goFormatValue)(values.value(node), unit),
        score: () => values.score.toFixed(2),
        topContributor: (parent) => {
            const child = firstChild(ctx, parent);
            if (child === undefined)
                return 'no contribution reported';
            const grandchild = firstChild(ctx, child);
            const share = (0, format_1.goFormatValue)(values.contribution, 'ratio');
            return `top contributor ${child} (${share} of the deficit)${grandchild === undefined ? '' : `, mainly ${grandchild}`}`;
        },
        impact: (_node, _measure, unit) => `${values.impact.toFixed(2)} ${unit} at risk`,
        instance: () => series_1.TEST_TARGET.instance,
        unknownOrAbsent: (unknown, absent) => (values.noData === 'unknown' ? unknown : absent),
        valueAsDuration: () => (0, format_1.goFormatValue)(values.alertValue, 'seconds'),
        valueAsPercentage: () => (0, format_1.goFormatValue)(values.alertValue, 'ratio'),
    };
}
//# sourceMappingURL=expectedText.js.map