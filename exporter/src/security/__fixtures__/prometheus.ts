/**
 * The installed `prometheus` (2.42) on 127.0.0.1 with a temporary folder and a scrape configuration of
 * the test's making; waits (bounded) until ready. `stop()` ends it and removes the folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPrometheus } from '../../../test/support/processes';

export interface TestPrometheus {
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/** `scrapeConfigs(dir)` returns the YAML of `scrape_configs` entries; files it needs can go in `dir`. */
export async function startTestPrometheus(scrapeConfigs: (dir: string) => string): Promise<TestPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-sec-prom-'));
  writeFileSync(
    join(dir, 'prometheus.yml'),
    `global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n${scrapeConfigs(dir)}`,
  );
  const running = await startPrometheus(join(dir, 'prometheus.yml'), undefined, [dir]);
  return { url: running.url, dir, stop: running.stop };
}

/** Polls (every 200 ms, at most `seconds`) until `read()` returns non-null; returns it or the last null. */
export async function pollUntil<T>(read: () => Promise<T | null>, seconds: number): Promise<T | null> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (value !== null || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}
