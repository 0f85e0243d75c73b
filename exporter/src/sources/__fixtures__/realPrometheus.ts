/**
 * The Debian `prometheus` binary on 127.0.0.1 with a temporary directory, scraping itself every second
 * and recording `mlhealth_test_answer` = 42, ready (bounded) when returned. `stop()` ends it and
 * removes the directory.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startPrometheus as startProcess } from '../../../test/support/processes';

export interface RealPrometheus {
  url: string;
  stop(): Promise<void>;
}

export async function startPrometheus(): Promise<RealPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-prom-'));
  const port = await freePort();
  writeFileSync(
    join(dir, 'prometheus.yml'),
    `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files: [rules.yml]\nscrape_configs:\n  - job_name: prometheus\n    static_configs:\n      - targets: ['127.0.0.1:${port}']\n`,
  );
  writeFileSync(
    join(dir, 'rules.yml'),
    `groups:\n  - name: test\n    rules:\n      - record: mlhealth_test_answer\n        expr: vector(42)\n`,
  );
  return startProcess(join(dir, 'prometheus.yml'), port, [dir]);
}
