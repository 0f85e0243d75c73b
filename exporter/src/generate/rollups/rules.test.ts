/**
 * The shape of the rollup rule file: the served group, groups per depth, then the contract group, within Mimir's group
 * size, no shard labels kept, the node filter only where needed, decay refused with the node named.
 * Whether the rules compute the right numbers is promtool's part (promtool.test.ts, engineEquality.test.ts).
 */
import { base, makeSpec, parent } from '../../cascade/__fixtures__/index';
import { fleetSpec } from '../__fixtures__/fleetSpec';
import { buildContext } from '../context';
import { generateRollupRules, lossExpr, MAX_RULES_PER_GROUP, TOPOLOGY_INTERVAL } from '.';

const rulesOf = (scope: 'prometheus' | 'all', spec = fleetSpec()) =>
  generateRollupRules(buildContext(spec), scope);

describe('generateRollupRules', () => {
  it('writes the served group, per depth a topology group and a group per rollup kind, shallowest first, then the contract group', () => {
    expect(rulesOf('all').groups.map((g) => g.name)).toEqual([
      'mlhealth-rollup-served',
      'mlhealth-rollup-topology-depth-1',
      'mlhealth-rollup-depth-1-worst-of',
      'mlhealth-rollup-depth-1-weighted-mean',
      'mlhealth-rollup-topology-depth-2',
      'mlhealth-rollup-depth-2-worst-of',
      'mlhealth-rollup-depth-2-weighted-mean',
      'mlhealth-rollup-depth-2-k-of-n',
      'mlhealth-rollup-topology-depth-3',
      'mlhealth-rollup-depth-3-worst-of',
      'mlhealth-rollup-depth-3-weighted-mean',
      'mlhealth-rollup-depth-3-k-of-n',
      'mlhealth-rollup-contract',
    ]);
    expect(rulesOf('prometheus').groups.map((g) => g.name)).toEqual([
      'mlhealth-rollup-served',
      'mlhealth-rollup-topology-depth-2',
      'mlhealth-rollup-depth-2-worst-of',
      'mlhealth-rollup-depth-2-weighted-mean',
      'mlhealth-rollup-depth-2-k-of-n',
      'mlhealth-rollup-topology-depth-3',
      'mlhealth-rollup-depth-3-worst-of',
      'mlhealth-rollup-depth-3-weighted-mean',
      'mlhealth-rollup-depth-3-k-of-n',
      'mlhealth-rollup-contract',
    ]);
  });

  it("gives a kind's group the edges and parents of its kind only, its records labelled with it", () => {
    const groups = rulesOf('all').groups.filter((g) => /-depth-\d-/.test(g.name));
    for (const g of groups) {
      const [, depth, kind] = /^mlhealth-rollup-depth-(\d+)-(.+)$/.exec(g.name) ?? [];
      for (const r of g.rules) {
        expect(r.labels?.rollup).toBe(kind?.replace(/-/g, '_'));
        // Every edge or node record of the group's depth is read with the kind (the topology's
        // thresholds and shares excepted): no other group's records.
        const own = new RegExp(`mlhealth:rollup_(edge|node):\\w+\\{depth="${depth}"[^}]*\\}`, 'g');
        for (const m of r.expr.match(own) ?? []) {
          if (!/:(threshold|max_unknown_share)\{/.test(m)) expect(m).toContain(`rollup=`);
        }
        for (const other of ['worst_of', 'weighted_mean', 'k_of_n'].filter((k) => k !== r.labels?.rollup))
          expect(r.expr).not.toContain(`rollup="${other}"`);
      }
    }
  });

  it(`evaluates the topology groups every ${TOPOLOGY_INTERVAL}, the others at the global interval`, () => {
    for (const g of rulesOf('all').groups) {
      expect(g.interval).toBe(g.name.includes('-topology-') ? TOPOLOGY_INTERVAL : undefined);
    }
  });

  it(`keeps every group within ${MAX_RULES_PER_GROUP} rules, whatever the number of nodes`, () => {
    const sizes = rulesOf('all').groups.map((g) => g.rules.length);
    for (const n of sizes) expect(n).toBeLessThanOrEqual(MAX_RULES_PER_GROUP);
    // A kind's group at a depth with 4 policies and 3 impact models is the largest case the fixture has.
    expect(Math.max(...sizes)).toBe(10);
  });

  it('never aggregates by, matches on or copies instance or job', () => {
    for (const rule of rulesOf('all').groups.flatMap((g) => g.rules)) {
      for (const list of rule.expr.match(/(by|on|group_left) \(([^)]*)\)/g) ?? []) {
        expect(list).not.toMatch(/\b(instance|job)\b/);
      }
    }
  });

  it('records the contract series once each, with their contract labels and the environment', () => {
    const contract = rulesOf('prometheus').groups.at(-1)?.rules ?? [];
    expect(contract.map((r) => ('record' in r ? r.record : ''))).toEqual([
      'mlhealth_node_status',
      'mlhealth_node_score',
      'mlhealth_node_last_update_timestamp_seconds',
      'mlhealth_node_contribution',
      'mlhealth_business_impact',
      'mlhealth_business_exposure',
    ]);
    expect(contract[0]?.expr).toBe('max by (environment, node, tier, model) (mlhealth:rollup_node:status)');
    expect(contract[3]?.expr).toBe('max by (environment, parent, child) (mlhealth:rollup_edge:share)');
  });

  it('labels every depth record with its depth, so promtool sees no duplicate rule', () => {
    for (const g of rulesOf('all').groups.slice(1, -1)) {
      const depth = g.name.replace(/^mlhealth-rollup-(topology-)?depth-(\d+).*$/, '$2');
      for (const r of g.rules) expect(r).toMatchObject({ labels: { depth } });
    }
  });

  it('filters the topology on the ruled nodes only when some nodes of the depth stay in the exporters', () => {
    const spec = makeSpec([
      base('a', { model: 'm' }),
      base('b', { model: 'n' }),
      parent('m.p', ['a', 'b']),
      parent('m.q', ['a'], undefined, { model: 'm' }),
    ]);
    const [, hybrid] = rulesOf('prometheus', spec).groups;
    expect(hybrid?.rules[0]?.expr).toContain('(mlhealth_edge_weight{depth="1", parent=~"m\\\\.p"})');
    expect(hybrid?.rules[0]?.expr).toContain('mlhealth_node_rollup_info{depth="1", node=~"m\\\\.p"}');
    const [, all] = rulesOf('all', spec).groups;
    expect(all?.rules[0]?.expr).toContain(
      'max by (environment, parent, child) (mlhealth_edge_weight{depth="1"})\n',
    );
  });

  it("reads a depth's children from their depths' records, and the served records only for exported children", () => {
    const spec = makeSpec([
      base('a', { model: 'm' }),
      base('b', { model: 'n' }),
      parent('p1', ['a', 'b']),
      parent('p2', ['p1']),
      parent('p3', ['p1', 'p2']),
      parent('q3', ['a', 'p2']),
    ]);
    const rule = (group: string, record: string) =>
      rulesOf('all', spec)
        .groups.find((g) => g.name === group)
        ?.rules.find((r) => 'record' in r && r.record === record)?.expr ?? '';
    const statusRule = (depth: number) =>
      rule(`mlhealth-rollup-depth-${depth}-worst-of`, 'mlhealth:rollup_edge:child_status');
    const [d1, d2, d3] = [statusRule(1), statusRule(2), statusRule(3)];
    // The shards' series are read once, by the served group, with the stale test.
    const served = rule('mlhealth-rollup-served', 'mlhealth:rollup_served:status');
    expect(served).toContain('max by (environment, node, tier) (mlhealth_node_status{tier="base"}) < 3');
    expect(served).toContain('mlhealth_node_last_update_timestamp_seconds');
    for (const d of [d1, d2, d3]) expect(d).not.toMatch(/mlhealth_node_|tier="component"/);
    expect(d1).toContain('mlhealth:rollup_served:status{stale_after="300", tier="base"}');
    expect(d1).not.toContain('mlhealth:rollup_node:status');
    // Only ruled children: no served records (the child was recorded this evaluation).
    expect(d2).toContain('max by (environment, node) (mlhealth:rollup_node:status{depth="1"}) < 3');
    expect(d2).not.toContain('mlhealth:rollup_served');
    // Ruled children of two depths and an exported one: both sources, a ruled child's record decides.
    expect(d3).toContain(
      'or on (environment, node)\n    (mlhealth:rollup_served:status{stale_after="300", tier="base"} unless on (environment, node) max by (environment, node) (mlhealth:rollup_node:status{depth=~"1|2"}))',
    );
  });

  it('writes one served status rule per distinct stale limit, each over the tiers of its depths', () => {
    const spec = makeSpec([
      base('a', { model: 'm' }),
      base('b', { model: 'n' }),
      parent('p1', ['a', 'b']),
      parent('p2', ['p1', 'a']),
    ]);
    const group = rulesOf('all', spec).groups[0];
    expect(group?.name).toBe('mlhealth-rollup-served');
    expect(group?.rules.map((r) => ('record' in r ? r.record : ''))).toEqual([
      'mlhealth:rollup_served:score',
      'mlhealth:rollup_served:status',
    ]);
    expect(group?.rules[1]).toMatchObject({ labels: { stale_after: '300' } });
    // A slow child (3 × 600 s) lengthens its depth's limit only: two limits, each over its depths' tiers.
    const slow = makeSpec([
      base('a', { model: 'm' }),
      base('b', { model: 'n', cadence: 600 }),
      parent('p1', ['a']),
      parent('p2', ['p1', 'b'], undefined, { tier: 'business' }),
    ]);
    const rules = rulesOf('all', slow).groups[0]?.rules ?? [];
    expect(rules.map((r) => r.labels?.stale_after)).toEqual([undefined, '300', '1800']);
    expect(rules[1]?.expr).toContain('> 300)');
    expect(rules[2]?.expr).toContain('> 1800)');
    const depth2 = rulesOf('all', slow).groups.find((g) => g.name === 'mlhealth-rollup-depth-2-worst-of');
    expect(depth2?.rules[0]?.expr).toContain(
      'mlhealth:rollup_served:status{stale_after="1800", tier="base"}',
    );
  });

  it('narrows a served tier to the children of ruled parents only when it holds nodes no ruled parent reads', () => {
    const spec = makeSpec([
      base('a', { model: 'm' }),
      base('b', { model: 'n' }),
      parent('m.p', ['a'], undefined, { model: 'm' }),
      parent('m.q', ['a'], undefined, { model: 'm' }),
      parent('n.p', ['b'], undefined, { model: 'n' }),
      parent('fleet', ['m.p', 'n.p'], undefined, { tier: 'business' }),
    ]);
    // m.q is a component no ruled parent reads: the component records keep the fleet's children only.
    const hybrid = rulesOf('prometheus', spec).groups[0]?.rules[0]?.expr;
    expect(hybrid).toBe(
      'min by (environment, node, tier) (mlhealth_node_score{tier="component"})\n' +
        'and on (environment, node)\n' +
        'label_join(group by (environment, child) (mlhealth:rollup_edge:weight{depth="2"}), "node", "", "child")',
    );
    // Every base node is a child of a ruled parent: the whole tier, no join.
    expect(rulesOf('all', spec).groups[0]?.rules[0]?.expr).toBe(
      'min by (environment, node, tier) (mlhealth_node_score{tier="base"})',
    );
  });

  it('writes one k_of_n term per distinct k (topk takes a scalar)', () => {
    const score = rulesOf('prometheus').groups[4]?.rules.find(
      (r) => 'record' in r && r.record === 'mlhealth:rollup_node:score',
    );
    expect(score?.expr.match(/topk by/g)).toHaveLength(2);
    expect(score?.expr).toContain('(1, mlhealth:rollup_edge:rated_score{depth="2", rollup="k_of_n", k="1"})');
    expect(score?.labels).toEqual({ depth: '2', rollup: 'k_of_n' });
    expect(score?.expr).toContain('(2, mlhealth:rollup_edge:rated_score{depth="2", rollup="k_of_n", k="2"})');
  });

  it('has no group when no parent spans models under --rollups prometheus', () => {
    const spec = makeSpec([base('a', { model: 'm' }), parent('p', ['a'], undefined, { model: 'm' })]);
    expect(rulesOf('prometheus', spec).groups).toEqual([]);
    expect(rulesOf('all', spec).groups.map((g) => g.name)).toEqual([
      'mlhealth-rollup-served',
      'mlhealth-rollup-topology-depth-1',
      'mlhealth-rollup-depth-1-worst-of',
      'mlhealth-rollup-contract',
    ]);
  });

  it('refuses parents spanning models that declare decay or a retraining trigger, naming each', () => {
    const decay = { of: 'model' as const, grace: 0, half_life: 86400, floor: 0 };
    const spec = makeSpec([
      base('a', { model: 'm' }),
      base('b', { model: 'n' }),
      parent('p', ['a', 'b'], undefined, { decay }),
      parent('q', ['a', 'b'], undefined, { retrain_trigger: { status: 'critical' } }),
    ]);
    expect(() => rulesOf('prometheus', spec)).toThrow(
      '--rollups prometheus: node p declares decay, which the recording rules do not evaluate: move it to a ' +
        'parent within one model (an exporter keeps those) or remove it; node q declares a retrain_trigger',
    );
  });
});

describe('lossExpr', () => {
  it('writes the engine operations in its order, negative constants in parentheses', () => {
    expect(lossExpr({ kind: 'linear', max_loss: 0.2 }, 's')).toBe('0.2 * (1 - s)');
    expect(lossExpr({ kind: 'step', steps: [{ below: 0.5, loss: 0.2 }] }, 's')).toBe(
      '((s < 0.5) * 0 + 0.2) or (s * 0)',
    );
    expect(
      lossExpr(
        {
          kind: 'piecewise',
          points: [
            [0, 0.5],
            [0.5, 0.1],
          ],
        },
        's',
      ),
    ).toBe('((s <= 0) * 0 + 0.5) or (0.5 + ((-0.4) * ((s <= 0.5) - 0)) / 0.5) or (s * 0 + 0.1)');
  });
});
