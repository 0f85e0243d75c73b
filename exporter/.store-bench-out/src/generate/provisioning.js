"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULE_FILES_GLOB = exports.OUTPUT_PATHS = void 0;
exports.prometheusConfig = prometheusConfig;
exports.grafanaDatasources = grafanaDatasources;
exports.grafanaDashboardProviders = grafanaDashboardProviders;
/**
 * Provisioning files: the Prometheus configuration (scraping the exporter, loading the generated
 * rules, alerting to Alertmanager) and Grafana's datasources (fixed uids) and dashboard providers
 * (one folder per audience).
 */
const duration_1 = require("../spec/duration");
const names_1 = require("./rules/names");
const links_1 = require("./links");
const variables_1 = require("./dashboards/variables");
/** Paths of the generated files under the output directory, shared with the CLI, compose and tests. */
exports.OUTPUT_PATHS = {
    prometheusConfig: 'provisioning/prometheus/prometheus.yml',
    rules: 'provisioning/prometheus/rules/mlhealth.rules.yml',
    ruleTests: 'provisioning/prometheus/tests/mlhealth.rules.test.yml',
    alertmanager: 'provisioning/alertmanager/alertmanager.yml',
    grafanaDatasources: 'provisioning/grafana/datasources/mlhealth.yaml',
    grafanaDashboards: 'provisioning/grafana/dashboards/mlhealth.yaml',
    prometheusRule: 'provisioning/kubernetes/mlhealth-prometheusrule.yaml',
    catalogue: 'docs/metrics-catalogue.md',
    dashboard: (key) => `dashboards/${links_1.DASHBOARDS[key].folder}/${links_1.DASHBOARDS[key].uid}.json`,
};
/** Rule files relative to prometheus.yml (Prometheus resolves them against the config file's directory). */
exports.RULE_FILES_GLOB = 'rules/*.yml';
function prometheusConfig(options) {
    return {
        global: {
            scrape_interval: (0, duration_1.formatDuration)(options.scrapeInterval),
            evaluation_interval: (0, duration_1.formatDuration)(options.evaluationInterval),
        },
        rule_files: [exports.RULE_FILES_GLOB],
        alerting: { alertmanagers: [{ static_configs: [{ targets: [options.alertmanagerTarget] }] }] },
        scrape_configs: [
            {
                job_name: names_1.SCRAPE_JOB,
                static_configs: [{ targets: [options.exporterTarget], labels: { environment: options.environment } }],
            },
        ],
    };
}
function grafanaDatasources(options) {
    return {
        apiVersion: 1,
        datasources: [
            {
                name: 'Prometheus (mlhealth)',
                uid: variables_1.DATASOURCE_UIDS.prometheus,
                type: 'prometheus',
                access: 'proxy',
                url: options.prometheusUrl,
                isDefault: true,
                jsonData: { httpMethod: 'POST', timeInterval: (0, duration_1.formatDuration)(options.scrapeInterval) },
            },
            {
                name: 'Alertmanager (mlhealth)',
                uid: variables_1.DATASOURCE_UIDS.alertmanager,
                type: 'alertmanager',
                access: 'proxy',
                url: options.alertmanagerUrl,
                jsonData: { implementation: 'prometheus', handleGrafanaManagedAlerts: false },
            },
        ],
    };
}
function grafanaDashboardProviders(options) {
    return {
        apiVersion: 1,
        providers: Object.values(links_1.DASHBOARDS).map((d) => ({
            name: d.uid,
            orgId: 1,
            folder: d.folderTitle,
            folderUid: d.uid,
            type: 'file',
            disableDeletion: true,
            allowUiUpdates: false,
            updateIntervalSeconds: 30,
            options: { path: `${options.grafanaDashboardsPath}/${d.folder}` },
        })),
    };
}
//# sourceMappingURL=provisioning.js.map