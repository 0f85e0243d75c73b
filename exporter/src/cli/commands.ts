/**
 * The list of `mlhealth` commands: one entry per command, each loaded lazily from its own file so that
 * `mlhealth drift` does not load express or SQLite.
 */
import type { CliCommand } from './io';

export interface CommandEntry {
  summary: string;
  load: () => Promise<CliCommand>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  drift: {
    summary: 'compare a current dataset with a reference, feature by feature',
    load: async () => (await import('./drift')).runDrift,
  },
  init: {
    summary: 'write a spec for one model from its reference data, thresholds calibrated on it',
    load: async () => (await import('./init')).runInit,
  },
  serve: {
    summary: 'run the exporter (/metrics, JSON API, ingest); the built-in demo without --spec',
    load: async () => (await import('./serve/command')).runServe,
  },
  ingest: {
    summary: 'send a CSV or JSON Lines file of events (or labels) to a running exporter',
    load: async () => (await import('./ingest')).runIngest,
  },
  generate: {
    summary: 'write Prometheus rules, Alertmanager routes, Grafana dashboards and provisioning from a spec',
    load: async () => (await import('./generate')).runGenerate,
  },
  validate: {
    summary: 'check a cascade spec and list every problem with file, line and column',
    load: async () => (await import('./validate')).runValidate,
  },
  calibrate: {
    summary: "re-derive thresholds from the models' reference data and bump the spec version",
    load: async () => (await import('./calibrate')).runCalibrate,
  },
  scenario: {
    summary: 'what-if: recompute the cascade and business impact under hypothetical changes, offline',
    load: async () => (await import('./scenario')).runScenarioCommand,
  },
  deps: {
    summary: 'list single points of failure from data sources to business outcomes, with their impact',
    load: async () => (await import('./deps')).runDeps,
  },
  audit: {
    summary: 'write an audit report (Markdown and JSON): definitions, owners, lineage, uptime, spec versions',
    load: async () => (await import('./audit')).runAudit,
  },
};
