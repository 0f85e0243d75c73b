/**
 * The processes of `npm run bench:fleet`, on 127.0.0.1: exporter shards (the compiled CLI,
 * `mlhealth serve --shard I/N`), one Prometheus scraping them all with or without rule files, and
 * what the bench reads of them: CPU seconds from /proc, head series, rule-group evaluation times.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface Proc {
  name: string;
  url: string;
  child: ChildProcess;
  log: () => string;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** Starts `command args` and polls `readyUrl` until it answers 200, for at most `seconds`. */
export async function startProc(
  name: string,
  command: string,
  args: string[],
  url: string,
  readyPath: string,
  seconds: number,
): Promise<Proc> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-8000)));
  child.stderr?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-8000)));
  const proc = { name, url, child, log: () => out };
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${out}`);
    try {
      if ((await fetch(url + readyPath)).ok) return proc;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stopProc(proc);
  throw new Error(`${name} not ready at ${url}${readyPath} within ${seconds} s:\n${out}`);
}

/** SIGTERM, then SIGKILL after 5 s. */
export async function stopProc(proc: Proc): Promise<void> {
  const { child } = proc;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** CPU seconds (user + system) the process has used, from /proc/PID/stat (clock ticks of 1/100 s). */
export function cpuSeconds(proc: Proc): number {
  const stat = readFileSync(`/proc/${proc.child.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Prometheus scraping `targets` every `interval` s and evaluating `ruleFiles` as often. */
export async function startPrometheus(
  dir: string,
  name: string,
  targets: string[],
  ruleFiles: string[],
  interval: number,
): Promise<Proc> {
  const port = await freePort();
  const config = join(dir, `${name}.yml`);
  writeFileSync(
    config,
    `global:\n  scrape_interval: ${interval}s\n  scrape_timeout: ${interval}s\n  evaluation_interval: ${interval}s\n` +
      `rule_files: [${ruleFiles.map((f) => JSON.stringify(f)).join(', ')}]\n` +
      `scrape_configs:\n  - job_name: mlhealth\n    static_configs:\n      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]\n`,
  );
  const args = [
    `--config.file=${config}`,
    `--storage.tsdb.path=${join(dir, `${name}-tsdb`)}`,
    `--web.listen-address=127.0.0.1:${port}`,
    '--log.level=warn',
  ];
  return startProc(name, 'prometheus', args, `http://127.0.0.1:${port}`, '/-/ready', 60);
}

/** A gauge of Prometheus's own /metrics, e.g. `prometheus_tsdb_head_series`. */
export async function ownGauge(prom: Proc, name: string): Promise<number> {
  const text = await (await fetch(`${prom.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(name + ' '));
  if (line === undefined) throw new Error(`no ${name} in ${prom.name}'s /metrics`);
  return Number(line.slice(name.length + 1));
}

export interface GroupTiming {
  name: string;
  rules: number;
  interval: number;
  evaluationTime: number;
  lastEvaluation: string;
  health: string[];
  /** Each rule's record name and its last evaluation time in seconds, in the group's order. */
  ruleTimes: Array<[string, number]>;
}

/** Every rule group's last evaluation, from /api/v1/rules. */
export async function ruleGroups(prom: Proc): Promise<GroupTiming[]> {
  const body = (await (await fetch(`${prom.url}/api/v1/rules`)).json()) as {
    data: {
      groups: Array<{
        name: string;
        interval: number;
        evaluationTime: number;
        lastEvaluation: string;
        rules: Array<{ name: string; health: string; lastError?: string; evaluationTime: number }>;
      }>;
    };
  };
  return body.data.groups.map((g) => ({
    name: g.name,
    rules: g.rules.length,
    interval: g.interval,
    evaluationTime: g.evaluationTime,
    lastEvaluation: g.lastEvaluation,
    health: g.rules.filter((r) => r.health !== 'ok').map((r) => `${r.health}: ${r.lastError ?? ''}`),
    ruleTimes: g.rules.map((r): [string, number] => [r.name, r.evaluationTime]),
  }));
}

/**
 * Waits until every target of `prom` answered its last scrape (`up` 1) `times` scrapes in a row, for
 * at most `seconds`; returns the samples of the last scrapes (`scrape_samples_scraped`, summed).
 * @throws Error naming the targets still down.
 */
export async function allTargetsUp(
  prom: Proc,
  targets: number,
  interval: number,
  seconds: number,
): Promise<number> {
  const query = async (expr: string) => {
    const body = (await (
      await fetch(`${prom.url}/api/v1/query?query=${encodeURIComponent(expr)}`)
    ).json()) as {
      data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> };
    };
    return body.data.result;
  };
  const deadline = Date.now() + seconds * 1000;
  let streak = 0;
  let down: string[] = [];
  while (Date.now() < deadline) {
    const up = await query('up');
    down = up.filter((r) => r.value[1] !== '1').map((r) => r.metric.instance ?? '?');
    streak = up.length === targets && down.length === 0 ? streak + 1 : 0;
    if (streak >= 2) {
      const scraped = await query('sum(scrape_samples_scraped)');
      return Number(scraped[0]?.value[1] ?? 0);
    }
    await sleep(interval * 1000);
  }
  throw new Error(
    `${prom.name}: targets not all up within ${seconds} s (down: ${down.join(', ') || 'not scraped yet'})`,
  );
}
