/**
 * `npm run bench:fleet [-- --models 1000 --shards 4 --interval 30 --measure 4 --variants hybrid,all]`: a fleet of `models`
 * models × 30 nodes (+3 business outcomes spanning them all) served by `shards` exporter shards
 * (`mlhealth serve --shard I/N`, separate processes), scraped by one real Prometheus 2.42 on 127.0.0.1
 * every `interval` seconds, in three variants (`--variants hybrid` runs the first two, `all` the
 * third), each on a fresh TSDB:
 *   scrape only            — the shards, no rules (the baseline for head series);
 *   hybrid                 — the same shards (per-model tiers in the exporters) and the rules of
 *                            `mlhealth generate --rollups prometheus` (the nodes spanning models);
 *   all tiers in the ruler — shards serving the base tier only (`--rollups all`) and the rules of
 *                            `--rollups all` (every node above the base tier).
 * After a warm-up it measures `measure` intervals: head series (`prometheus_tsdb_head_series`),
 * every rule group's and every rule's evaluation time (`/api/v1/rules`: max over the samples; the
 * rules are listed for the groups at or over 5 % of their interval), Prometheus CPU and each
 * shard's CPU (/proc/PID/stat). Prints the figures and whether the targets are met (every group
 * evaluates in under 10 % of its interval; head series of hybrid at most 1.2× scrape only). Prints,
 * asserts nothing: timing goals are not tests. Every process is stopped by pid at the end.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSpecFile } from '../src/spec';
import { shardOf } from '../src/shards';
import { ruledNodes } from '../src/spec/placement';
import { fleetEvents, fleetModelIds, fleetSpecYaml } from './fleetSpec';
import { writeFleetRuleFile } from './fleetRules';
import { report, type Figures } from './fleetReport';
import {
  cpuSeconds,
  freePort,
  ownGauge,
  allTargetsUp,
  ruleGroups,
  sleep,
  startProc,
  startPrometheus,
  stopProc,
  type Proc,
} from './fleetProcesses';

const { values } = parseArgs({
  options: {
    models: { type: 'string', default: '1000' },
    shards: { type: 'string', default: '4' },
    interval: { type: 'string', default: '30' },
    measure: { type: 'string', default: '4' },
    variants: { type: 'string', default: 'hybrid,all' },
  },
});
const integer = (name: string, text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`bench:fleet: --${name} ${text}: expected an integer ≥ 1`);
  return n;
};
const MODELS = integer('models', values.models);
const SHARDS = integer('shards', values.shards);
const INTERVAL = integer('interval', values.interval);
const MEASURE = integer('measure', values.measure);
const VARIANTS = values.variants.split(',').map((v) => {
  if (v !== 'hybrid' && v !== 'all')
    throw new Error(`bench:fleet: --variants ${values.variants}: "${v}" is not hybrid or all`);
  return v;
});
const CLI = join(__dirname, '..', 'src', 'cli', 'main.js');

/** N shard exporters of `spec` (with `--rollups all` when `all`), their models' traffic posted. */
async function startShards(dir: string, spec: string, all: boolean, procs: Proc[]): Promise<Proc[]> {
  const started = await Promise.allSettled(
    Array.from({ length: SHARDS }, async (_, i) => {
      const port = await freePort();
      const args = [
        CLI,
        'serve',
        '--spec',
        spec,
        '--shard',
        `${i}/${SHARDS}`,
        '--listen',
        `127.0.0.1:${port}`,
      ];
      args.push(
        '--data-dir',
        join(dir, `shard-${i}-${all ? 'all' : 'hybrid'}`),
        ...(all ? ['--rollups', 'all'] : []),
        ...['--max-models', String(MODELS)],
      );
      return startProc(
        `shard ${i}/${SHARDS}`,
        process.execPath,
        args,
        `http://127.0.0.1:${port}`,
        '/readyz',
        600,
      );
    }),
  );
  // The caller stops whatever started, also when another shard failed.
  const shards = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  procs.push(...shards);
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  const ids = fleetModelIds(MODELS);
  for (let start = 0; start < ids.length; start += 8) {
    await Promise.all(
      ids.slice(start, start + 8).map(async (id, k) => {
        const shard = shards[shardOf(id, SHARDS)] as Proc;
        const res = await fetch(`${shard.url}/api/v1/models/${id}/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(fleetEvents(start + k)),
        });
        if (res.status !== 202)
          throw new Error(`POST ${id} to ${shard.name}: ${res.status} ${await res.text()}`);
      }),
    );
  }
  return shards;
}

/** One variant: a fresh Prometheus over `shards` with `ruleFiles`, warmed up, then measured. */
async function measure(
  dir: string,
  variant: string,
  shards: Proc[],
  ruleFiles: string[],
  ruledParents: number,
): Promise<Figures> {
  const name = variant.replace(/\W+/g, '-');
  const targets = shards.map((s) => s.url.replace('http://', ''));
  const prom = await startPrometheus(dir, name, targets, ruleFiles, INTERVAL);
  try {
    // Warm-up: every shard scraped in full twice in a row (a scrape that times out would undercount
    // the head), then two more intervals for the rules.
    const scraped = await allTargetsUp(prom, shards.length, INTERVAL, 20 * INTERVAL);
    await sleep(2 * INTERVAL * 1000);
    const [cpu0, shardCpu0] = [cpuSeconds(prom), shards.map(cpuSeconds)];
    const t0 = Date.now();
    const worst = new Map<string, Figures['groups'][number]>();
    for (let i = 0; i < MEASURE; i++) {
      await sleep(INTERVAL * 1000);
      for (const g of await ruleGroups(prom)) {
        const seen = worst.get(g.name);
        const maxSeconds = Math.max(seen?.maxSeconds ?? 0, g.evaluationTime);
        worst.set(g.name, {
          name: g.name,
          rules: g.rules,
          interval: g.interval,
          maxSeconds,
          errors: g.health,
          ruleSeconds: g.ruleTimes.map(([rule, t], i) => [rule, Math.max(seen?.ruleSeconds[i]?.[1] ?? 0, t)]),
        });
      }
    }
    const seconds = (Date.now() - t0) / 1000;
    const groups = [...worst.values()];
    return {
      variant,
      rules: groups.reduce((n, g) => n + g.rules, 0),
      groups,
      scraped,
      headSeries: await ownGauge(prom, 'prometheus_tsdb_head_series'),
      recorded: await recordedSeries(prom),
      ruledParents,
      prometheusCpu: (cpuSeconds(prom) - cpu0) / seconds,
      exporterCpu: shards.map((s, i) => (cpuSeconds(s) - (shardCpu0[i] as number)) / seconds),
    };
  } finally {
    await stopProc(prom);
  }
}

/** How many series each recording rule holds now, largest first. */
async function recordedSeries(prom: Proc): Promise<Array<[string, number]>> {
  const q = encodeURIComponent('count by (__name__) ({__name__=~".+", instance=""})');
  const body = (await (await fetch(`${prom.url}/api/v1/query?query=${q}`)).json()) as {
    data: { result: Array<{ metric: { __name__: string }; value: [number, string] }> };
  };
  return body.data.result
    .map((r): [string, number] => [r.metric.__name__, Number(r.value[1])])
    .sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-bench-fleet-'));
  const procs: Proc[] = [];
  try {
    const specPath = join(dir, 'spec.yaml');
    writeFileSync(specPath, fleetSpecYaml(MODELS, INTERVAL, ''));
    const spec = (await loadSpecFile(specPath)).spec;
    const version = execFileSync('prometheus', ['--version'], { encoding: 'utf8' }).split('\n')[0];
    console.log(
      `bench:fleet: ${MODELS} models × 30 nodes + 3 business nodes (${spec.nodes.length} nodes), ${SHARDS} shards, ` +
        `scrape and rule interval ${INTERVAL} s, ${MEASURE} measured intervals; ${version}; ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`,
    );
    const figures: Figures[] = [];
    // Each variant's rules, and how many parents they evaluate (each should get a status).
    const ruled = (scope: 'prometheus' | 'all', file: string) =>
      [[writeFleetRuleFile(spec, scope, join(dir, file))], ruledNodes(spec.nodes, scope).length] as [
        string[],
        number,
      ];
    if (VARIANTS.includes('hybrid')) {
      const hybridShards = await startShards(dir, specPath, false, procs);
      figures.push(await measure(dir, 'scrape only', hybridShards, [], 0));
      figures.push(await measure(dir, 'hybrid', hybridShards, ...ruled('prometheus', 'hybrid.rules.yml')));
      for (const p of hybridShards) await stopProc(p);
    }
    if (VARIANTS.includes('all')) {
      const allShards = await startShards(dir, specPath, true, procs);
      figures.push(await measure(dir, 'all tiers in the ruler', allShards, ...ruled('all', 'all.rules.yml')));
    }
    console.log('');
    report(figures, SHARDS);
  } finally {
    for (const p of procs) await stopProc(p);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
