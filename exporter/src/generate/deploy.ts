/**
 * Where the generated configuration expects the other services: defaults for the docker-compose
 * stack (service names), overridable for an existing installation or a test on 127.0.0.1.
 */
import type { Spec } from '../spec/types';

export interface DeployOptions {
  /** host:port Prometheus scrapes the exporter at. */
  exporterTarget: string;
  /** host:port Prometheus sends alerts to. */
  alertmanagerTarget: string;
  /** URLs Grafana's datasources use. */
  prometheusUrl: string;
  alertmanagerUrl: string;
  /** The `environment` target label of the exporter (one exporter per environment). */
  environment: string;
  /** Seconds between scrapes and between rule evaluations. */
  scrapeInterval: number;
  evaluationInterval: number;
  /** Directory Grafana reads dashboards from (each audience in a sub-directory). */
  grafanaDashboardsPath: string;
}

/** The exporter's port: the one in `links.exporter_url`, else 9853. */
export function exporterPort(spec: Spec): number {
  const url = spec.links.exporter_url;
  if (url === undefined) return 9853;
  const port = new URL(url).port;
  return port === '' ? 9853 : Number(port);
}

/** Defaults for the docker-compose stack: services `exporter`, `prometheus`, `alertmanager`, `grafana`. */
export function defaultDeployOptions(spec: Spec): DeployOptions {
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
