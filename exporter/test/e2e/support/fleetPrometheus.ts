/**
 * The Prometheus servers of a sharded fleet, real processes on 127.0.0.1 (docs/scale-out.md, topology
 * 2): one per exporter shard, scraping it every second and remote-writing everything to a central
 * Prometheus (`--web.enable-remote-write-receiver`) that evaluates the generated recording rules every
 * second. Remote write is tuned for a test: small batches sent within 100 ms, quick retries.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPrometheus, type RunningProcess } from '../../support/processes';

export interface VectorSample {
  metric: Record<string, string>;
  value: [number, string];
}

/** The central Prometheus: no scrape, the rule files evaluated every `evaluationSeconds`. */
export async function startCentral(
  dir: string,
  ruleFiles: string[],
  evaluationSeconds = 1,
): Promise<RunningProcess> {
  const config = join(dir, 'central.yml');
  const rules = ruleFiles.map((f) => `  - ${JSON.stringify(f)}`).join('\n');
  writeFileSync(
    config,
    `global:\n  evaluation_interval: ${evaluationSeconds}s\nrule_files:\n${rules}\nscrape_configs: []\n`,
  );
  return startPrometheus(config, undefined, [], ['--web.enable-remote-write-receiver']);
}

/** A shard's own Prometheus: scrapes `target` (HOST:PORT) every second, remote-writes to `centralUrl`. */
export async function startShardPrometheus(
  dir: string,
  name: string,
  target: string,
  centralUrl: string,
  environment: string,
): Promise<RunningProcess> {
  const config = join(dir, `${name}.yml`);
  writeFileSync(
    config,
    `global:
  scrape_interval: 1s
  scrape_timeout: 900ms
  external_labels: {}
scrape_configs:
  - job_name: mlhealth
    static_configs:
      - targets: ['${target}']
        labels: { environment: ${environment} }
remote_write:
  - url: ${centralUrl}/api/v1/write
    queue_config: { batch_send_deadline: 100ms, max_samples_per_send: 2000, min_backoff: 30ms, max_backoff: 500ms }
    metadata_config: { send: false }
`,
  );
  return startPrometheus(config);
}

/** An instant query; throws with Prometheus' error. */
export async function instantQuery(url: string, expr: string): Promise<VectorSample[]> {
  const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(expr)}`);
  const body = (await res.json()) as { status: string; error?: string; data?: { result: VectorSample[] } };
  if (body.status !== 'success' || body.data === undefined)
    throw new Error(`query ${expr} failed: ${body.error ?? `HTTP ${res.status}`}`);
  return body.data.result;
}
