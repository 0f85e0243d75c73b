/** Generated cascades of any size, for the render benchmark and the 1,000-node tests. */
import type { SyntheticCascade, SyntheticNode } from './syntheticCascade';

/**
 * A cascade of exactly `total` nodes (at least 6): ~1% business, ~6% components, the rest base signals;
 * every tenth base node has a second parent (a DAG). Final scores cycle through healthy, warning and
 * critical values so every status is present. Throws when `total` < 6.
 */
export function scaledCascade(total: number): SyntheticCascade {
  if (!(total >= 6)) {
    throw new Error(`scaledCascade: expected at least 6 nodes, got ${total}`);
  }
  const business = Math.max(2, Math.round(total * 0.01));
  const components = Math.max(4, Math.round(total * 0.06));
  const baseCount = total - business - components;
  const finals = [0.95, 0.9, 0.97, 0.7, 0.92, 0.4, 0.88, 0.99];
  const node = (id: string, tier: SyntheticNode['tier'], model: string, i: number): SyntheticNode => ({
    id,
    tier,
    model,
    title: `${tier === 'base' ? 'Signal' : tier === 'component' ? 'Component' : 'Outcome'} ${i + 1}`,
    unit: tier === 'base' ? (['ratio', 'seconds', 'none', 'count'][i % 4] as string) : 'score',
    owner: `team-${i % 5}`,
    runbook: `https://runbooks.example.com/${id}`,
    children: [],
    finalScore: tier === 'base' ? finals[i % finals.length] : 1,
    value: tier === 'base' ? { final: 0.1 + (i % 7) * 0.03, warning: 0.2, critical: 0.3 } : undefined,
  });
  const models = ['m0', 'm1', 'm2', 'm3'];
  const biz = Array.from({ length: business }, (_, i) => node(`outcome_${i}`, 'business', '', i));
  const comps = Array.from({ length: components }, (_, i) =>
    node(`m${i % 4}.component_${i}`, 'component', models[i % 4], i)
  );
  const bases = Array.from({ length: baseCount }, (_, i) => node(`m${i % 4}.signal_${i}`, 'base', models[i % 4], i));
  comps.forEach((c, i) => biz[i % business].children.push({ id: c.id, weight: 1 }));
  bases.forEach((b, i) => {
    comps[i % components].children.push({ id: b.id, weight: 1 + (i % 3) });
    if (i % 10 === 0) {
      comps[(i + 1) % components].children.push({ id: b.id, weight: 1 });
    }
  });
  biz.forEach((b) => (b.impact = { measure: 'revenue_at_risk', exposure: 50000, maxLoss: 0.3 }));
  const drift = Array.from({ length: 12 }, (_, i) => ({
    model: 'm0',
    feature: `feature_${i}`,
    method: 'psi',
    final: (i % 6) * 0.05,
  }));
  return { nodes: [...biz, ...comps, ...bases], drift };
}
