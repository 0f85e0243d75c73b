"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cascadeTargets = cascadeTargets;
exports.cascadePanel = cascadePanel;
const names_1 = require("../../metrics/names");
const links_1 = require("../links");
const panels_1 = require("./panels");
const query_1 = require("./query");
const units_1 = require("./units");
const CASCADE_METRICS = [
    names_1.METRICS.nodeScore,
    names_1.METRICS.nodeStatus,
    names_1.METRICS.nodeValue,
    names_1.METRICS.nodeThreshold,
    names_1.METRICS.nodeInfo,
    names_1.METRICS.edgeWeight,
    names_1.METRICS.nodeContribution,
    names_1.METRICS.nodeLastUpdate,
    names_1.METRICS.businessImpact,
    names_1.METRICS.businessExposure,
];
/** One range query per contract series the panel reads; the drift heatmap's series when asked. */
function cascadeTargets(drift) {
    const metrics = drift ? [...CASCADE_METRICS, names_1.METRICS.featureDrift] : CASCADE_METRICS;
    return metrics.map((m) => (0, query_1.target)((0, query_1.sel)(m.name), '__auto', { refId: m.name.replace(/^mlhealth_/, '') }));
}
function drillDownLinks() {
    const model = links_1.DASHBOARDS.model;
    const engineering = links_1.DASHBOARDS.engineering;
    const vars = 'var-node=${__field.labels.node}&${environment:queryparam}&${__url_time_range}';
    return [
        {
            title: 'Model detail',
            url: `/d/${model.uid}/${(0, links_1.slugify)(model.title)}?var-model=\${__field.labels.model}&${vars}`,
        },
        { title: 'Engineering view', url: `/d/${engineering.uid}/${(0, links_1.slugify)(engineering.title)}?${vars}` },
    ];
}
/** The cascade panel showing `tiers`, with impact in the spec's currency. */
function cascadePanel(spec, title, tiers, drift, gridPos) {
    return (0, panels_1.panel)(panels_1.CASCADE_PANEL_ID, {
        title,
        description: 'The cascade from the exporter series. Needs the mlhealth-cascade-panel plugin; the core panels beside it work without.',
        targets: cascadeTargets(drift),
        links: drillDownLinks(),
        options: {
            tiers,
            rootNode: '',
            orientation: 'horizontal',
            sortBySeverity: true,
            colorMode: 'theme',
            showSparklines: true,
            showTimeCursor: true,
            showImpact: true,
            impactUnit: (0, units_1.currencyUnit)(spec.currency),
            showRiskBars: true,
            showDrift: drift,
            driftModel: '',
        },
    }, gridPos);
}
//# sourceMappingURL=cascade.js.map