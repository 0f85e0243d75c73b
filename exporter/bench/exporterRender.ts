/**
 * Part 2 of the exporter benchmark: `/metrics` render time for many models. Builds the real exporter
 * in-process on a spec of `models` × `features`, gives every model a reference and two batches of
 * traffic, evaluates (twice: the first pass warms the JIT), then times the formatting the exposition
 * does once per evaluation (`prepare`, run right after it, off the scrape path), the scrapes that follow
 * (cached text of the cascade and detail families, live self and process families), and one scrape
 * over HTTP.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExporter } from '../src/main';
import { listen } from '../src/server/listen';
import { benchSpecYaml, eventBatch, referenceRows } from './exporterBenchSpec';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function measureRender(dir: string, models: number, features: number): Promise<void> {
  console.log(`\n2. /metrics render time: ${models} models × ${features} features`);
  const specPath = join(dir, `spec-${models}.yaml`);
  writeFileSync(specPath, benchSpecYaml(models, features));
  const now = Date.now() / 1000;
  const built = await buildExporter({
    specPath,
    host: '127.0.0.1',
    port: 0,
    demoTimeScale: 1,
    demoSeed: 1,
    maxBodyBytes: 64 << 20,
    maxBatchEvents: 10_000,
    clock: () => now,
    log: () => undefined,
  });
  const reference = referenceRows(1000, features, 3);
  for (let m = 0; m < models; m++) {
    await built.ingest.reference(`m${m}`, reference);
    await built.ingest.events(`m${m}`, eventBatch(500, features, m));
    await built.ingest.events(`m${m}`, eventBatch(500, features, 1000 + m));
  }
  built.engine.evaluateAll(now);
  await built.metrics.render();
  let t = performance.now();
  built.engine.evaluateAll(now + 5);
  const evaluateMs = performance.now() - t;
  t = performance.now();
  await built.metrics.prepare();
  const prepareMs = performance.now() - t;
  const first = await built.metrics.render();
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await built.metrics.render();
    times.push(performance.now() - t);
  }
  const server = await listen(built.app, '127.0.0.1', 0);
  const httpTimes: number[] = [];
  let http = '';
  for (let i = 0; i < 10; i++) {
    t = performance.now();
    http = await (await fetch(`${server.url}/metrics`)).text();
    httpTimes.push(performance.now() - t);
  }
  await server.close();
  const series = first.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length;
  console.log(
    `   ${series.toLocaleString('en-US')} series, ${(first.length / 1024).toFixed(0)} KiB (HTTP answer ${(http.length / 1024).toFixed(0)} KiB)`,
  );
  console.log(
    `   scrape: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over 20 renders; over HTTP (fetch, 10 scrapes) median ${median(httpTimes).toFixed(1)} ms, first ${httpTimes[0].toFixed(1)} ms   (target ≤ 100 ms)`,
  );
  console.log(
    `   once per evaluation, off the scrape path: formatting ${prepareMs.toFixed(0)} ms; the evaluation of all ${models} models ${evaluateMs.toFixed(0)} ms`,
  );
}
