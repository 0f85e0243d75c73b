import { buildContext } from '../context';
import { fixtureSpec } from '../__fixtures__/spec';
import { generateCatalogue } from '.';
import { hierarchyMermaid } from './mermaid';

describe('generateCatalogue', () => {
  const spec = fixtureSpec();
  spec.nodes[0] = {
    ...spec.nodes[0]!,
    provenance: 'events posted by fraud-api',
    thresholds: {
      warning: 0.1,
      critical: 0.25,
      direction: 'higher_is_worse',
      derived: { method: 'reference_chunks', k: 3, chunks: 10, at: 1700000000, mean: 0.02, std: 0.01 },
    },
  };
  const md = generateCatalogue(buildContext(spec));

  it('draws the hierarchy as a Mermaid flowchart with weighted edges child → parent', () => {
    const mermaid = hierarchyMermaid(spec);
    expect(md).toContain(`\`\`\`mermaid\n${mermaid}\n\`\`\``);
    expect(mermaid).toContain('n3 -->|2| n6'); // fraud.drift → revenue, weight 2
    expect(mermaid).toContain('n0["fraud.drift.amount<br/>Fraud amount drift"]');
  });

  it('documents a base node: statistic, window, thresholds with their derivation, owner, cadence, provenance, playbook, escalation', () => {
    const section = md.slice(
      md.indexOf('### `fraud.drift.amount`'),
      md.indexOf('### `fraud.serving.errors`'),
    );
    expect(section).toContain('| Statistic | `feature_drift` (feature amount) |');
    expect(section).toContain('| Window | the last 15m of events |');
    expect(section).toContain(
      'Derived by mean + k·σ over 10 reference chunks, k 3 on 2023-11-14T22:13:20Z (mean 0.02, σ 0.01)',
    );
    expect(section).toContain('| Cadence | every 30s |');
    expect(section).toContain('| Provenance | events posted by fraud-api |');
    expect(section).toContain('| Playbook | <https://runbooks.example/drift> |');
    expect(section).toContain(
      '| Escalation | `fraud` (inherited from an ancestor): team ml-fraud — warning → mail within 4h; critical → pager within 15m |',
    );
  });

  it('documents objectives, rollups and impact', () => {
    expect(md).toContain(
      '| Objective | 99.5% of predictions without error over 30d (multi-window burn-rate alerts) |',
    );
    expect(md).toContain(
      '| Rollup | worst_of of `fraud.drift` ×2, `fraud.serving` ×1, `recs.serving` ×1; unknown children: propagate |',
    );
    expect(md).toContain(
      '| Impact | `revenue_at_risk` in USD/hour (`mlhealth_business_unit_info{unit="USD",per="hour"}`): exposure 1000 USD/hour, linear loss model |',
    );
  });

  it('lists tiers top down', () => {
    expect(md.indexOf('## Business tier')).toBeLessThan(md.indexOf('## Component tier'));
    expect(md.indexOf('## Component tier')).toBeLessThan(md.indexOf('## Base tier'));
  });
});
