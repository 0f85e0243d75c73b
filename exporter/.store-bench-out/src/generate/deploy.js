"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.exporterPort = exporterPort;
exports.defaultDeployOptions = defaultDeployOptions;
/** The exporter's port: the one in `links.exporter_url`, else 9853. */
function exporterPort(spec) {
    const url = spec.links.exporter_url;
    if (url === undefined)
        return 9853;
    const port = new URL(url).port;
    return port === '' ? 9853 : Number(port);
}
/** Defaults for the docker-compose stack: services `exporter`, `prometheus`, `alertmanager`, `grafana`. */
function defaultDeployOptions(spec) {
    return {
        exporterTarget: `exporter:${exporterPort(spec)}`,
        alertmanagerTarget: 'alertmanager:9093',
        prometheusUrl: 'http://prometheus:9090',
        alertmanagerUrl: 'http://alertmanager:9093',
        environment: 'demo',
        scrapeInterval: spec.defaults.evaluation_interval,
        evaluationInterval: spec.defaults.evaluation_interval,
        grafanaDashboardsPath: '/etc/mlhealth/dashboards',
    };
}
//# sourceMappingURL=deploy.js.map