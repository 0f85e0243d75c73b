/**
 * Provisioning files: the Prometheus configuration (scraping the exporter, loading the generated
 * rules, alerting to Alertmanager) and Grafana's datasources (fixed uids) and dashboard providers
 * (one folder per audience).
 */
import { formatDuration } from '../spec/duration';
import { SCRAPE_JOB } from './rules/names';
import { DASHBOARDS } from './links';
import type { DeployOptions } from './deploy';
import { DATASOURCE_UIDS } from './dashboards/variables';

/** Paths of the generated files under the output directory, shared with the CLI, compose and tests. */
export const OUTPUT_PATHS = {
  prometheusConfig: 'provisioning/prometheus/prometheus.yml',
  rules: 'provisioning/prometheus/rules/mlhealth.rules.yml',
  ruleTests: 'provisioning/prometheus/tests/mlhealth.rules.test.yml',
  rollupRules: 'provisioning/prometheus/rules/mlhealth.rollup.rules.yml',
  rollupRuleTests: 'provisioning/prometheus/tests/mlhealth.rollup.rules.test.yml',
  alertmanager: 'provisioning/alertmanager/alertmanager.yml',
  grafanaDatasources: 'provisioning/grafana/datasources/mlhealth.yaml',
  grafanaDashboards: 'provisioning/grafana/dashboards/mlhealth.yaml',
  prometheusRule: 'provisioning/kubernetes/mlhealth-prometheusrule.yaml',
  catalogue: 'docs/metrics-catalogue.md',
  dashboard: (key: keyof typeof DASHBOARDS) =>
    `dashboards/${DASHBOARDS[key].folder}/${DASHBOARDS[key].uid}.json`,
} as const;

/** Rule files relative to prometheus.yml (Prometheus resolves them against the config file's directory). */
export const RULE_FILES_GLOB = 'rules/*.yml';

export function prometheusConfig(options: DeployOptions): Record<string, unknown> {
  return {
    global: {
      scrape_interval: formatDuration(options.scrapeInterval),
      evaluation_interval: formatDuration(options.evaluationInterval),
    },
    rule_files: [RULE_FILES_GLOB],
    alerting: { alertmanagers: [{ static_configs: [{ targets: [options.alertmanagerTarget] }] }] },
    scrape_configs: [
      {
        job_name: SCRAPE_JOB,
        static_configs: [{ targets: [options.exporterTarget], labels: { environment: options.environment } }],
      },
    ],
  };
}

export function grafanaDatasources(options: DeployOptions): Record<string, unknown> {
  return {
    apiVersion: 1,
    datasources: [
      {
        name: 'Prometheus (mlhealth)',
        uid: DATASOURCE_UIDS.prometheus,
        type: 'prometheus',
        access: 'proxy',
        url: options.prometheusUrl,
        isDefault: true,
        jsonData: { httpMethod: 'POST', timeInterval: formatDuration(options.scrapeInterval) },
      },
      {
        name: 'Alertmanager (mlhealth)',
        uid: DATASOURCE_UIDS.alertmanager,
        type: 'alertmanager',
        access: 'proxy',
        url: options.alertmanagerUrl,
        jsonData: { implementation: 'prometheus', handleGrafanaManagedAlerts: false },
      },
    ],
  };
}

export function grafanaDashboardProviders(options: DeployOptions): Record<string, unknown> {
  return {
    apiVersion: 1,
    providers: Object.values(DASHBOARDS).map((d) => ({
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
