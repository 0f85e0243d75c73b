"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCHEMA_VERSION = exports.DASHBOARD_TAG = exports.DATASOURCE_REF = exports.DATASOURCE_UIDS = void 0;
exports.datasourceVariable = datasourceVariable;
exports.labelVariable = labelVariable;
exports.environmentVariable = environmentVariable;
exports.modelVariable = modelVariable;
exports.alertAnnotations = alertAnnotations;
exports.dashboardShell = dashboardShell;
const panels_1 = require("./panels");
const query_1 = require("./query");
/** Fixed datasource uids of the provisioned datasources (`provisioning/grafana/datasources`). */
exports.DATASOURCE_UIDS = {
    prometheus: 'mlhealth-prometheus',
    alertmanager: 'mlhealth-alertmanager',
};
exports.DATASOURCE_REF = { type: 'prometheus', uid: '${datasource}' };
/** Tag every generated dashboard carries; the dashboard links list dashboards by it. */
exports.DASHBOARD_TAG = 'mlhealth';
/** Schema version of the generated JSON (Grafana migrates older versions on load). */
exports.SCHEMA_VERSION = 39;
const ON_LOAD = 1;
const ALPHABETICAL = 1;
function datasourceVariable() {
    return {
        name: 'datasource',
        label: 'Data source',
        type: 'datasource',
        query: 'prometheus',
        current: { text: 'Prometheus (mlhealth)', value: exports.DATASOURCE_UIDS.prometheus },
        refresh: ON_LOAD,
    };
}
/** A query variable over label values; `all` adds an All option matching everything (also absent labels). */
function labelVariable(name, label, query, options = {}) {
    const v = {
        name,
        label,
        type: 'query',
        datasource: exports.DATASOURCE_REF,
        query: { query, refId: `${name}-values` },
        definition: query,
        refresh: 2,
        sort: ALPHABETICAL,
        multi: options.multi ?? false,
        includeAll: options.all ?? false,
    };
    if (options.all === true) {
        v.allValue = '.*';
        v.current = { text: 'All', value: '$__all' };
    }
    return v;
}
function environmentVariable() {
    return labelVariable('environment', 'Environment', 'label_values(up{job="mlhealth"}, environment)', {
        multi: true,
        all: true,
    });
}
function modelVariable(multi) {
    return labelVariable('model', 'Model', `label_values(${(0, query_1.sel)('mlhealth_model_info')}, model)`, {
        multi,
        all: multi,
    });
}
/** Firing mlhealth alerts as annotations (range query over `ALERTS`, one annotation per firing point). */
function alertAnnotations() {
    const expr = (0, query_1.sel)('ALERTS', { alertstate: 'firing', alertname: '=~Mlhealth.*' });
    // The Prometheus datasource reads its annotation query from `target` (Grafana >= 10) and, for older
    // dashboards, from the top-level fields; both are written so any supported Grafana reads it.
    const legacy = {
        expr,
        step: '1m',
        titleFormat: '{{alertname}} {{node}}',
        tagKeys: 'severity,team,node',
        textFormat: '{{severity}} · {{team}}',
        useValueForTime: false,
    };
    const query = {
        name: 'mlhealth alerts',
        enable: true,
        iconColor: 'red',
        datasource: exports.DATASOURCE_REF,
        target: { refId: 'alerts', expr },
    };
    return { ...query, ...legacy };
}
/** A dashboard with the shared variables, links and annotations. */
function dashboardShell(spec, identity, description, variables, panels) {
    return {
        uid: identity.uid,
        title: identity.title,
        description: `${description} Generated from spec ${spec.name} ${spec.version}.`,
        tags: [exports.DASHBOARD_TAG],
        editable: true,
        graphTooltip: 1,
        schemaVersion: exports.SCHEMA_VERSION,
        time: { from: 'now-1h', to: 'now' },
        refresh: '30s',
        timezone: 'browser',
        links: [
            {
                title: 'mlhealth',
                type: 'dashboards',
                tags: [exports.DASHBOARD_TAG],
                asDropdown: false,
                includeVars: true,
                keepTime: true,
                icon: 'external link',
                targetBlank: false,
                tooltip: '',
                url: '',
            },
        ],
        annotations: { list: [alertAnnotations()] },
        templating: { list: [datasourceVariable(), environmentVariable(), ...variables] },
        panels: (0, panels_1.numberPanels)(panels),
    };
}
//# sourceMappingURL=variables.js.map