/**
 * Past one machine, end to end with real processes on 127.0.0.1 (docs/scale-out.md, topology 2): three
 * exporter shards (`--shard I/3`), each scraped every second by its own Prometheus 2.42 that
 * remote-writes into a central Prometheus (`--web.enable-remote-write-receiver`) evaluating the
 * generated recording rules (`mlhealth generate --rollups prometheus`) every second. The same
 * deterministic traffic goes to a single-process exporter serving every model and to the shards.
 *
 * - What the central Prometheus holds (shard series and recorded series together) equals the single
 *   process: scores within 1e-9, statuses and contributions, impacts.
 * - While one shard is down, its nodes have no series at all (never green), and every other node is
 *   what the in-process engine computes with that shard's models unknown (each node's unknown policy).
 * - After it returns (same port, same data directory), and after new traffic, equal again.
 * - Every query of the generated dashboards returns data on the central Prometheus, and the panel's
 *   queries are captured there as a frame set for its harness (grafana-plugin/fixtures/).
 * Waits are polls with deadlines; every process is stopped in afterAll.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { evaluateCascade } from '../../src/cascade';
import { buildContext } from '../../src/generate/context';
import { generateDashboards } from '../../src/generate/dashboards';
import type { CascadeSnapshot } from '../../src/cascade/types';
import { loadSpecFile, type Spec } from '../../src/spec';
import { resolveShardScope } from '../../src/shards';
import { waitFor, type RunningProcess } from '../support/processes';
import { fleetExporter, postEvents, type FleetExporter } from './support/fleetExporters';
import { instantQuery, startCentral, startShardPrometheus } from './support/fleetPrometheus';
import { differences, viewOfPrometheus, viewOfSnapshot, type FleetView } from './support/fleetView';
import {
  FLEET_MODELS,
  FLEET_REFERENCE_CSV,
  FLEET_SPEC,
  SHARD_COUNT,
  trafficFor,
  type FleetModel,
} from './support/scaleOutSpec';
import { writeFleetRules } from './support/fleetRules';
import { dashboardQueries } from './support/dashboardQueries';
import { capturePanel } from './support/panelCapture';

jest.setTimeout(240_000);

const ENVIRONMENT = 'e2e';
/** Where `MLHEALTH_CAPTURE_FIXTURES=1` writes the panel's frames captured from the central Prometheus. */
const FIXTURE = resolve(__dirname, '../../../grafana-plugin/fixtures/prometheus-scaleout.json');
const MODELS = Object.keys(FLEET_MODELS) as FleetModel[];

describe('scale-out: exporter shards, a Prometheus each, a central Prometheus with the generated rules', () => {
  let dir = '';
  let spec: Spec;
  let single: FleetExporter;
  const shards: FleetExporter[] = [];
  const procs: RunningProcess[] = [];
  let central: RunningProcess;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mlhealth-scaleout-'));
    const specPath = join(dir, 'spec.yaml');
    writeFileSync(specPath, FLEET_SPEC);
    writeFileSync(join(dir, 'reference.csv'), FLEET_REFERENCE_CSV);
    spec = (await loadSpecFile(specPath)).spec;
    const rules = writeFleetRules(spec, dir);
    single = await fleetExporter('single', specPath, dir);
    for (let index = 0; index < SHARD_COUNT; index++)
      shards.push(
        await fleetExporter(`shard-${index}`, specPath, dir, { kind: 'hash', index, count: SHARD_COUNT }),
      );
    central = await startCentral(dir, rules);
    procs.push(central);
    for (const shard of shards)
      procs.push(
        await startShardPrometheus(
          dir,
          `prom-${shard.name}`,
          `127.0.0.1:${shard.port}`,
          central.url,
          ENVIRONMENT,
        ),
      );
  }, 120_000);

  afterAll(async () => {
    for (const p of procs.reverse()) await p.stop();
    for (const e of [single, ...shards]) await e?.stop();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  /** Posts round `round` of every model's traffic to the single process and to the model's shard. */
  async function post(round: number): Promise<number> {
    const at = Date.now() / 1000;
    for (const model of MODELS) {
      await postEvents(single, model, trafficFor(model, round));
      await postEvents(shards[FLEET_MODELS[model]] as FleetExporter, model, trafficFor(model, round));
    }
    return at;
  }

  /** The single process's snapshot once it has evaluated every model after `after` (Unix seconds). */
  async function singleSnapshot(after: number): Promise<CascadeSnapshot> {
    return waitFor(
      'the single exporter evaluating the traffic',
      async () => {
        const s = single.running?.built.engine.snapshot() ?? null;
        return s !== null && s.at >= after + 1.5 ? s : undefined;
      },
      20_000,
      200,
    );
  }

  /** Polls the central Prometheus until it agrees with `expected` (for the nodes `include` takes); returns the last differences. */
  async function converge(expected: () => FleetView, include?: (node: string) => boolean): Promise<string[]> {
    let last: string[] = ['never compared'];
    try {
      await waitFor(
        'the central Prometheus agreeing with the single process',
        async () => {
          last = differences(expected(), await viewOfPrometheus(central.url), 1e-9, include);
          return last.length === 0 ? true : undefined;
        },
        60_000,
        500,
      );
    } catch {
      // The differences say more than the timeout: the assertion below shows them.
    }
    return last;
  }

  it('records the scores of the single process within 1e-9, its statuses, contributions and impacts', async () => {
    const snapshot = await singleSnapshot(await post(0));
    expect(snapshot.nodes.map((n) => n.status)).toEqual(expect.arrayContaining(['ok', 'warning']));
    const view = viewOfSnapshot(snapshot);
    expect(view.score.size).toBe(spec.nodes.length);
    expect(await converge(() => viewOfSnapshot(single.running!.built.engine.snapshot()!))).toEqual([]);
  });

  it('while a shard is down: its nodes have no series, the others are unknown per their policy', async () => {
    const down = shards[FLEET_MODELS.recsys] as FleetExporter;
    const scope = resolveShardScope(spec, { kind: 'hash', index: FLEET_MODELS.recsys, count: SHARD_COUNT });
    await down.stop();
    try {
      await checkWhileDown(scope.nodes);
    } finally {
      await down.start();
    }
  });

  /** The central Prometheus while the shard serving `nodes` is down. */
  async function checkWhileDown(nodes: ReadonlySet<string>): Promise<void> {
    // The single process with the down shard's models unknown: the engine's own unknown policies.
    const expected = () => {
      const live = single.running!.built.engine.liveInputs()!;
      const observations = new Map([...live.inputs.observations].filter(([node]) => !nodes.has(node)));
      return viewOfSnapshot(evaluateCascade(spec, { ...live.inputs, observations }, live.at));
    };
    const e = expected();
    // revenue propagates the unknown; fleet_health tolerates one model of four (25 % ≤ 30 %).
    expect([e.status.get('revenue'), e.status.get('fleet_health') !== 3]).toEqual([3, true]);
    expect(await converge(expected, (node) => !nodes.has(node))).toEqual([]);
    const left = await instantQuery(central.url, `mlhealth_node_status{node=~"${[...nodes].join('|')}"}`);
    expect(left).toEqual([]);
  }

  it('agrees again once the shard is back, and after new traffic', async () => {
    expect(await converge(() => viewOfSnapshot(single.running!.built.engine.snapshot()!))).toEqual([]);
    await singleSnapshot(await post(1));
    expect(await converge(() => viewOfSnapshot(single.running!.built.engine.snapshot()!))).toEqual([]);
  });

  it('answers every query of the generated dashboards on the central Prometheus, and the panel’s', async () => {
    const dashboards = generateDashboards(buildContext(spec));
    const common = { environment: ENVIRONMENT, model: 'fraud', __rate_interval: '10s' };
    const queries = [
      ...dashboardQueries(dashboards.executive, { ...common, node: 'revenue' }),
      ...dashboardQueries(dashboards.engineering, { ...common, node: 'serving_fleet' }),
      ...dashboardQueries(dashboards.model, { ...common, node: 'fraud.confidence' }),
    ];
    expect(queries.length).toBeGreaterThan(30);
    const empty: string[] = [];
    for (const q of queries) {
      const result = await instantQuery(central.url, q.expr);
      const ok =
        result.length > 0 &&
        (q.label === undefined || result.some((r) => r.metric[q.label as string] !== undefined));
      if (!ok) empty.push(`${q.where}: ${q.expr}`);
    }
    expect(empty).toEqual([]);
    const title =
      'Captured: the central Prometheus 2.42 of three mlhealth shards (recording rules for the fleet nodes)';
    const capture = await capturePanel(central.url, dashboards.engineering, common, title);
    // Every node of the spec reaches the panel, with a current status, fleet nodes from the rules.
    const answer = (name: string) =>
      capture.queries.find((q) => q.expr.startsWith(name + '{'))?.response.data.result ?? [];
    const withStatus = new Set(answer('mlhealth_node_status').map((r) => r.metric.node));
    expect([...withStatus].sort()).toEqual(spec.nodes.map((n) => n.id).sort());
    const recorded = answer('mlhealth_node_status').filter((r) => r.metric.instance === undefined);
    expect(recorded.map((r) => r.metric.node).sort()).toEqual([
      'customers',
      'fleet_health',
      'quality_fleet',
      'revenue',
      'risk',
      'serving_fleet',
    ]);
    if (process.env.MLHEALTH_CAPTURE_FIXTURES === '1')
      writeFileSync(FIXTURE, `${JSON.stringify(capture, null, 1)}\n`);
  });
});
