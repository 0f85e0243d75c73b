// One-off: ingest throughput of the exporter with and without a data dir (same run), autocannon 4 conns.
const { spawn } = require('node:child_process');
const { mkdtempSync, writeFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');
const autocannon = require('autocannon');
const { benchSpecYaml, eventBatch, referenceRows } = require('./bench/exporterBenchSpec');
const SECONDS = Number(process.env.S ?? 10);
function start(args) {
  const child = spawn(process.execPath, [join(__dirname, 'bench', 'exporterServer.js'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => { let out = ''; child.stdout.on('data', (d) => { out += d; const m = /READY (\S+)/.exec(out); if (m) resolve({ url: m[1], child }); }); });
}
async function run(label, args) {
  const s = await start(args);
  await fetch(`${s.url}/api/v1/models/m0/reference`, { method: 'PUT', body: referenceRows(2000, 20, 7), headers: { 'content-type': 'application/json' } });
  const body = eventBatch(500, 20, 1);
  const r = await autocannon({ url: `${s.url}/api/v1/models/m0/events`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 4, duration: SECONDS });
  console.log(`${label.padEnd(22)} ${Math.round((r['2xx'] * 500) / SECONDS)} events/s  p99 ${r.latency.p99} ms  errors ${r.non2xx + r.errors}`);
  s.child.kill('SIGTERM');
  await new Promise((res) => s.child.once('exit', res));
}
(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlh-durable-bench-'));
  const spec = join(dir, 'spec.yaml');
  writeFileSync(spec, benchSpecYaml(1, 20));
  for (let round = 0; round < 2; round++) {
    await run('in memory', ['exporter', spec]);
    await run('data dir (FULL)', ['exporter', spec, join(dir, `data${round}`)]);
  }
  rmSync(dir, { recursive: true, force: true });
})();
