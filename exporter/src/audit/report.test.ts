import { NOW, base, makeSpec, model, parent } from '../cascade/__fixtures__/index';
import type { Spec } from '../spec/types';
import { loadExample } from '../whatif/__fixtures__/spec';
import { renderAuditMarkdown } from './markdown';
import { buildAuditReport, type AuditInput } from './report';

let realistic: Spec;
let sha256: string;
beforeAll(async () => {
  const loaded = await loadExample('realistic.yaml');
  realistic = loaded.spec;
  sha256 = loaded.sha256;
});

const DAY = 86400;
const period = { start: NOW - 30 * DAY, end: NOW, seconds: 30 * DAY };
const input = (extra: Partial<AuditInput> = {}): AuditInput => ({
  spec: realistic,
  file: 'realistic.yaml',
  sha256,
  generatedAt: NOW,
  period,
  ...extra,
});

describe('buildAuditReport without Prometheus', () => {
  it('describes every node and says which sections need Prometheus, without numbers', () => {
    const report = buildAuditReport(input());
    expect(report.nodes).toHaveLength(41);
    expect(report.prometheus).toBeNull();
    for (const section of [report.availability, report.uptime, report.spec_versions]) {
      expect(section.available).toBe(false);
    }
    expect(report.uptime).toEqual({
      available: false,
      reason:
        'needs --prometheus: computed from the exporter series stored in Prometheus; no numbers are given without it',
      queries: [
        'avg_over_time(up{job="mlhealth"}[30d])',
        'avg_over_time(mlhealth_up[30d])',
        'avg_over_time(mlhealth_source_up[30d])',
      ],
    });
    const md = renderAuditMarkdown(report);
    const uptime = md.slice(md.indexOf('## Exporter and source uptime'), md.indexOf('## Spec versions'));
    expect(uptime).toContain('_Not available: needs --prometheus');
    expect(uptime).not.toMatch(/\d+(\.\d+)?%/);
  });

  it('gives each node its definition, owner, cadence, provenance and lineage', () => {
    const nodes = new Map(buildAuditReport(input()).nodes.map((n) => [n.id, n]));
    expect(nodes.get('fraud.drift.amount')).toMatchObject({
      definition:
        'PSI of feature amount over the last 15m of fraud events against reference data/realistic-fraud-reference.csv',
      owner: 'fraud-ml',
      owner_from: 'node',
      cadence_seconds: 30,
      cadence_from: 'model',
      provenance: 'prediction events posted by payments-gateway to /api/v1/models/fraud/events',
      lineage: {
        children: [],
        signal: 'PSI',
        inputs: [
          { id: 'events:fraud', label: 'fraud prediction events' },
          { id: 'reference:fraud', label: 'fraud reference (data/realistic-fraud-reference.csv)' },
          { id: 'feature:fraud.amount', label: 'feature fraud.amount' },
        ],
      },
    });
    expect(nodes.get('recs.serving.memory')?.definition).toMatch(
      /^PromQL on source prom: max\(container_memory_working_set_bytes/,
    );
    expect(nodes.get('recs.drift')?.definition).toBe(
      'k_of_n (at least 2 of 3 healthy) of recs.drift.price, recs.drift.category, recs.drift.worst; unknown children: ignore',
    );
    expect(nodes.get('fraud.prediction_quality')?.definition).toContain(
      'score decays with model age after 60d (half-life 90d, floor 0.5)',
    );
    expect(nodes.get('customer_impact')?.definition).toContain(
      'impact customers_affected (customers/hour) = exposure × loss(score); exposure constant 52000; loss step: score < 0.5 → 0.35',
    );
    expect(nodes.get('customer_impact')).toMatchObject({
      cadence_from: 'defaults',
      model: null,
      playbook: null,
    });
    expect(nodes.get('revenue_assurance')?.lineage.inputs.map((i) => i.id)).toContain('promql:prom');
  });

  it('lists nodes with no owner (not even their model) or no playbook', () => {
    const spec = makeSpec(
      [
        base('m.a', { model: 'm', playbook: 'https://x' }),
        base('n.b', { model: 'n', owner: 'team-n' }),
        parent('top', ['m.a', 'n.b'], { rule: 'worst_of' }, { tier: 'business' }),
      ],
      { models: [model('m', { owner: 'ml' }), model('n')] },
    );
    const report = buildAuditReport(input({ spec }));
    expect(report.gaps).toEqual({ no_owner: ['top'], no_playbook: ['n.b', 'top'] });
    expect(report.nodes[0]).toMatchObject({ owner: 'ml', owner_from: 'model' });
    const md = renderAuditMarkdown(report);
    expect(md).toContain('Nodes with no owner (1): `top`.');
  });

  it('says where each threshold comes from', () => {
    const t = new Map(buildAuditReport(input()).thresholds.map((x) => [x.node, x]));
    expect(t.get('fraud.drift.amount')).toMatchObject({
      origin: 'derived',
      warning: 0.05163,
      derivation: { method: 'reference_chunks', mean: 0.02045, std: 0.01039, samples: 10 },
    });
    expect(t.get('recs.serving.throughput')).toMatchObject({
      origin: 'awaiting_calibration',
      rule: { method: 'history_quantile' },
    });
    expect(t.get('fraud.serving.cpu')).toMatchObject({ origin: 'declared', unit: 'ratio' });
    expect(t.get('recs.serving')).toMatchObject({ origin: 'declared', warning: 0.8 });
    expect(t.get('fraud.serving')).toMatchObject({ origin: 'score_defaults', warning: 0.75 });
    const md = renderAuditMarkdown(buildAuditReport(input()));
    expect(md).toContain(
      '| `fraud.governance.model_age` | seconds | higher_is_worse | 7776000 (90d) | 15552000 (180d) | — | declared |',
    );
    expect(md).toContain(
      'derived 2025-03-01T00:00:00Z: mean 0.02045 ± k·σ (σ 0.01039, k 3, critical k 5, 10 chunks), 10 samples',
    );
  });

  it('escapes user text so it cannot break a table or inject HTML', () => {
    const spec = makeSpec(
      [base('m.a', { model: 'm', title: 'A | <script>alert(1)</script>', provenance: 'line1\nline2' })],
      { models: [model('m')] },
    );
    const md = renderAuditMarkdown(buildAuditReport(input({ spec })));
    expect(md).toContain('### `m.a` — A \\| &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('| provenance | line1 line2 |');
    expect(md).not.toContain('<script>');
  });
});
