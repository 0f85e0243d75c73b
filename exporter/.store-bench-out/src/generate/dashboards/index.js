"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateDashboards = generateDashboards;
const engineering_1 = require("./engineering");
const executive_1 = require("./executive");
const modelDetail_1 = require("./modelDetail");
/**
 * The executive, engineering and model detail dashboards of a spec, as Grafana "classic" JSON models
 * (what file provisioning accepts). Deterministic: panel ids by position, no timestamps or versions.
 * @example Object.keys(generateDashboards(ctx)) // ['executive', 'engineering', 'model']
 */
function generateDashboards(ctx) {
    return {
        executive: (0, executive_1.executiveDashboard)(ctx),
        engineering: (0, engineering_1.engineeringDashboard)(ctx),
        model: (0, modelDetail_1.modelDetailDashboard)(ctx),
    };
}
//# sourceMappingURL=index.js.map