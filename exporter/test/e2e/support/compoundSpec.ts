/**
 * The compound incident of the alerting end-to-end test: two models, three teams and a platform owner,
 * four root causes (a's features x and y drift, a's m goes missing, b's u drifts), and the traffic that
 * drives them: none at first, then normal values, then the incident, posted every 200 ms until stopped.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const COMPOUND_SPEC = `api_version: mlhealth/v1
name: compound-incident
version: 1.0.0
defaults: { evaluation_interval: 1s, stale_after: 20s }
models:
  - id: a
    version: '1'
    task: classification
    reference: { file: a.csv }
    window: { duration: 2m }
    evaluation_interval: 1s
    features:
      - { name: x, type: numeric, range: [0, 100] }
      - { name: y, type: numeric, range: [0, 100] }
      - { name: m, type: numeric, range: [0, 100] }
  - id: b
    version: '1'
    task: classification
    reference: { file: b.csv }
    window: { duration: 2m }
    evaluation_interval: 1s
    features:
      - { name: u, type: numeric, range: [0, 100] }
nodes:
  - { id: a.drift.x, tier: base, model: a, title: a x drift, signal: { kind: feature_drift, feature: x, method: psi }, thresholds: { warning: 0.1, critical: 0.25 } }
  - { id: a.drift.y, tier: base, model: a, title: a y drift, signal: { kind: feature_drift, feature: y, method: psi }, thresholds: { warning: 0.1, critical: 0.25 } }
  - { id: a.missing.m, tier: base, model: a, title: a m missing, signal: { kind: missing_ratio, feature: m }, thresholds: { warning: 0.05, critical: 0.2 } }
  - { id: b.drift.u, tier: base, model: b, title: b u drift, signal: { kind: feature_drift, feature: u, method: psi }, thresholds: { warning: 0.1, critical: 0.25 } }
  - { id: a.health, tier: component, model: a, title: Model a health, children: [a.drift.x, a.drift.y, a.missing.m], rollup: { rule: worst_of }, escalation: a-oncall }
  - { id: b.health, tier: component, model: b, title: Model b health, children: [b.drift.u], rollup: { rule: worst_of }, escalation: b-oncall }
  - { id: revenue, tier: business, title: Revenue, children: [a.health, b.health], rollup: { rule: worst_of }, escalation: exec }
teams:
  - { id: team-a, receivers: [{ type: webhook, name: pager, url: 'http://127.0.0.1:1/unused' }] }
  - { id: team-b, receivers: [{ type: webhook, name: pager, url: 'http://127.0.0.1:1/unused' }] }
  - { id: leadership, receivers: [{ type: webhook, name: bridge, url: 'http://127.0.0.1:1/unused' }] }
  - { id: platform, receivers: [{ type: webhook, name: pager, url: 'http://127.0.0.1:1/unused' }] }
escalation_policies:
  - { id: a-oncall, team: team-a, levels: [{ severity: warning, receiver: pager, respond_within: 4h }, { severity: critical, receiver: pager, respond_within: 15m }] }
  - { id: b-oncall, team: team-b, levels: [{ severity: warning, receiver: pager, respond_within: 4h }, { severity: critical, receiver: pager, respond_within: 15m }] }
  - { id: exec, team: leadership, levels: [{ severity: critical, receiver: bridge, respond_within: 30m }] }
  - { id: platform-oncall, team: platform, levels: [{ severity: critical, receiver: pager, respond_within: 10m }] }
platform: { escalation: platform-oncall }
`;

/** The receivers of the spec, as Alertmanager names them. */
export const RECEIVERS = ['team-a-pager', 'team-b-pager', 'leadership-bridge', 'platform-pager'] as const;

/** Writes the spec and the two reference files (values spread over 0..50) into `dir`. */
export function writeCompoundFiles(dir: string): string {
  const rows = (n: number, row: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => row(i)).join('\n');
  const spread = (i: number, k: number) => (i * k) % 50;
  writeFileSync(
    join(dir, 'a.csv'),
    `x,y,m,prediction\n${rows(500, (i) => `${spread(i, 37)},${spread(i, 13)},${spread(i, 7)},p`)}\n`,
  );
  writeFileSync(join(dir, 'b.csv'), `u,prediction\n${rows(500, (i) => `${spread(i, 11)},p`)}\n`);
  writeFileSync(join(dir, 'spec.yaml'), COMPOUND_SPEC);
  return join(dir, 'spec.yaml');
}

/** `quiet`: no traffic at all (an exporter started before its models serve). */
export type Phase = 'quiet' | 'normal' | 'incident';

/** 100 events of each model for one tick: reference-like values, or the four root causes. */
export function eventsFor(phase: Phase, tick: number): { a: object[]; b: object[] } {
  const at = (i: number, k: number) => ((tick * 100 + i) * k) % 50;
  const incident = phase === 'incident';
  const a = Array.from({ length: 100 }, (_, i) => ({
    features: {
      x: incident ? 80 + (at(i, 3) % 20) : at(i, 37),
      y: incident ? 60 + (at(i, 7) % 30) : at(i, 13),
      m: incident && i % 2 === 0 ? null : at(i, 7),
    },
    prediction: 'p',
  }));
  const b = Array.from({ length: 100 }, (_, i) => ({
    features: { u: incident ? 70 + (at(i, 11) % 25) : at(i, 11) },
    prediction: 'p',
  }));
  return { a, b };
}

/** Posts both models' events every 200 ms (errors ignored: the exporter restarts meanwhile). */
export function startTraffic(exporterUrl: () => string, phase: () => Phase): () => void {
  let tick = 0;
  const timer = setInterval(() => {
    const now = phase();
    if (now === 'quiet') return;
    const events = eventsFor(now, tick++);
    for (const model of ['a', 'b'] as const) {
      void fetch(`${exporterUrl()}/api/v1/models/${model}/events`, {
        method: 'POST',
        body: JSON.stringify(events[model]),
      }).catch(() => undefined);
    }
  }, 200);
  return () => clearInterval(timer);
}
