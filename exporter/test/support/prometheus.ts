/**
 * A real Prometheus (the Debian package) on 127.0.0.1 with a temporary data dir, for tests of PromQL
 * sources. It scrapes nothing: instant queries like `vector(0.42)` answer without data.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPrometheus as startProcess } from './processes';

export { freePort } from './processes';

export interface RunningPrometheus {
  url: string;
  stop(): Promise<void>;
}

export async function startPrometheus(): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-prom-'));
  writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 15s\nscrape_configs: []\n');
  return startProcess(join(dir, 'prometheus.yml'), undefined, [dir]);
}
