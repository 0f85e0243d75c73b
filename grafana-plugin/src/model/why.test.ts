import { readFileSync } from 'fs';
import { join } from 'path';
import { buildCascadeModel } from './buildModel';
import type { CascadeModel } from './types';
import { driftFeatureOf, methodName, rootCauseChain, whySentence, type WhyFormat } from './why';
import { DEMO_END_MS, demoFrames } from '../testing/demoFrames';
import { promQueriesToFrames, type PromQuery } from '../testing/prometheusFrames';

const fmt: WhyFormat = {
  value: (v, unit) => `${v.toFixed(2)}${unit === 'none' ? '' : ` ${unit}`}`,
  impact: (v) => `$${(v / 1000).toFixed(1)}K`,
};

function withChange(model: CascadeModel, id: string, change: object): CascadeModel {
  const nodes = model.nodes.map((n) => (n.id === id ? { ...n, ...change } : n));
  return { ...model, nodes, byId: new Map(nodes.map((n) => [n.id, n])) };
}

describe('the root-cause chain and the why sentence on the demo', () => {
  const model = buildCascadeModel(demoFrames(), { at: DEMO_END_MS });

  it('walks from a business outcome down the largest contributor to the signal', () => {
    const chain = rootCauseChain(model, 'revenue_assurance');
    expect(chain[0]).toBe('revenue_assurance');
    const leaf = model.byId.get(chain[chain.length - 1])!;
    expect(leaf.children).toEqual([]);
    for (let i = 1; i < chain.length; i++) {
      const parent = model.byId.get(chain[i - 1])!;
      const shares = parent.contributions.filter((c) => model.byId.get(c.child)!.status !== 'ok');
      expect(chain[i]).toBe(shares.sort((a, b) => b.share - a.share)[0].child);
    }
  });

  it('says the status, the money at risk of its exposure, and the drifted feature with its threshold', () => {
    const node = model.byId.get('revenue_assurance')!;
    const leaf = model.byId.get('fraud.drift.amount')!;
    const impact = node.impacts[0];
    // The demo exports revenue as a rate (mlhealth_business_unit_info{per="hour"}), so the sentence says so.
    expect(impact.per).toBe('hour');
    expect(rootCauseChain(model, node.id)).toContain(leaf.id);
    expect(whySentence(model, node.id, fmt)).toBe(
      `Revenue assurance is critical ($${(impact.value! / 1000).toFixed(1)}K of $${(impact.exposure! / 1000).toFixed(1)}K per hour at risk)` +
        ` because fraud's feature amount drifted: PSI ${leaf.value!.toFixed(2)} ≥ ${leaf.thresholds.critical!.toFixed(2)}`
    );
  });

  it('says a period only for an impact that is a rate', () => {
    const node = model.byId.get('revenue_assurance')!;
    const amount = withChange(model, node.id, { impacts: node.impacts.map((i) => ({ ...i, per: '' })) });
    expect(whySentence(amount, node.id, fmt)).toMatch(
      /^Revenue assurance is critical \(\$[\d.]+K of \$120\.0K at risk\) because /
    );
  });

  it('picks the method the title names when a feature drifts under several methods', () => {
    const methods = model.drift.filter((d) => d.model === 'fraud' && d.feature === 'amount').map((d) => d.method);
    expect(methods).toEqual(expect.arrayContaining(['psi', 'ks']));
    expect(driftFeatureOf(model, model.byId.get('fraud.drift.amount')!)).toEqual({ feature: 'amount', method: 'psi' });
    const untitled = withChange(model, 'fraud.drift.amount', { title: 'Amount drift' });
    // Without a method in the title, the series whose current value is the node's wins (the PSI one).
    expect(driftFeatureOf(untitled, untitled.byId.get('fraud.drift.amount')!)?.method).toBe('psi');
  });

  it('names an unknown cause as missing data, and a non-drift signal by title and value', () => {
    expect(whySentence(model, 'partner_sla', fmt)).toMatch(/^Partner SLA is unknown because .+ has no current data$/);
    const leaf = model.byId.get('fraud.dq.missing_ratio')!;
    expect(whySentence(model, 'fraud.data_quality', fmt)).toBe(
      `Fraud · data quality is warning because Missing values is warning: ${fmt.value(leaf.value!, 'ratio')} ≥ ${fmt.value(leaf.thresholds.warning!, 'ratio')}`
    );
    expect(driftFeatureOf(model, leaf)).toBeNull();
  });

  it('says OK without a cause, and gives nothing for an unknown id', () => {
    expect(whySentence(model, 'compliance_exposure', fmt)).toMatch(
      /^Compliance exposure is OK \(\$[\d.]+K of \$25\.0K per hour at risk\)$/
    );
    expect(rootCauseChain(model, 'compliance_exposure')).toEqual(['compliance_exposure']);
    expect(whySentence(model, 'nope', fmt)).toBeNull();
    expect(rootCauseChain(model, 'nope')).toEqual([]);
  });

  it('stops at a parent whose children are all ok and gives its own score threshold', () => {
    const m = withChange(model, 'fraud.serving', { status: 'warning', score: 0.7 });
    const node = m.byId.get('fraud.serving')!;
    expect(node.children.every((c) => m.byId.get(c)!.status === 'ok')).toBe(true);
    expect(rootCauseChain(m, 'fraud.serving')).toEqual(['fraud.serving']);
    expect(whySentence(m, 'fraud.serving', fmt)).toBe(
      `Fraud · serving is warning: score 0.70 ≤ ${node.thresholds.warning!.toFixed(2)}`
    );
  });

  it('never loops on a cycle in bad data', () => {
    const a = model.byId.get('fraud.drift')!;
    const m = withChange(model, 'fraud.drift.amount', { children: [a.id], status: 'critical' });
    const chain = rootCauseChain(m, 'revenue_assurance');
    expect(new Set(chain).size).toBe(chain.length);
  });

  it('names drift methods for people', () => {
    expect([methodName('psi'), methodName('KS'), methodName('js'), methodName('energy')]).toEqual([
      'PSI',
      'KS',
      'Jensen-Shannon',
      'energy',
    ]);
  });
});

describe('the why sentence on captured Prometheus answers', () => {
  const doc: { timeRange: { to: number }; queries: PromQuery[] } = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'fixtures', 'prometheus-demo.json'), 'utf8')
  );
  const model = buildCascadeModel(promQueriesToFrames(doc.queries), { at: doc.timeRange.to });

  it('gives every business outcome one sentence starting with its title and status', () => {
    for (const n of model.nodes.filter((x) => x.tier === 'business')) {
      const s = whySentence(model, n.id, fmt)!;
      expect(s.startsWith(`${n.title} is `)).toBe(true);
      expect(s.includes(' because ')).toBe(n.status !== 'ok');
    }
  });

  it('reads the feature of every drift signal of the real exporter that names one', () => {
    const amount = model.byId.get('fraud.drift.amount')!;
    expect(driftFeatureOf(model, amount)).toEqual({ feature: 'amount', method: 'psi' });
  });
});
