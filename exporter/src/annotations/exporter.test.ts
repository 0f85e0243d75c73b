/**
 * Annotations in the real exporter (buildExporter, real HTTP on loopback, a real store on disk, a fake
 * Grafana on 127.0.0.1): a user annotation with a `<script>` payload and the automatic status changes
 * reach Grafana escaped, with the token; everything is back after a restart on the same data dir.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOptions } from '../../test/support/harness';
import { buildExporter, type BuiltExporter } from '../main';
import { listen, type Listening } from '../server/listen';
import { removeTempDirs, tempDir } from '../store/__fixtures__/tempDir';
import { fakeGrafana, type FakeGrafana } from './__fixtures__/fakeGrafana';
import type { AnnotationJson } from './types';

const T0 = 1_700_000_000;
const SPEC = `api_version: mlhealth/v1
name: annotated
version: 1.0.0
models:
  - id: k
    version: '1'
    task: classification
    window: { duration: 1h }
    evaluation_interval: 1s
    features:
      - { name: x, type: numeric, range: [0, 100] }
nodes:
  - id: k.missing
    tier: base
    model: k
    signal: { kind: missing_ratio, feature: x }
    thresholds: { warning: 0.2, critical: 0.4 }
  - id: k.health
    tier: component
    model: k
    children: [k.missing]
    rollup: { rule: worst_of }
  - id: outcome
    tier: business
    children: [k.health]
    rollup: { rule: worst_of }
`;

let grafana: FakeGrafana;
afterEach(async () => {
  await grafana.close();
  removeTempDirs();
});

async function start(dir: string, now: () => number): Promise<{ built: BuiltExporter; server: Listening }> {
  const built = await buildExporter(
    buildOptions({
      specPath: join(dir, 'spec.yaml'),
      dataDir: join(dir, 'data'),
      grafanaUrl: grafana.url,
      grafanaTokenFile: join(dir, 'token'),
      grafanaDashboardUid: 'mlhealth-exec',
      clock: now,
    }),
  );
  return { built, server: await listen(built.app, '127.0.0.1', 0) };
}

async function stop(
  { built, server }: { built: BuiltExporter; server: Listening },
  now: number,
): Promise<void> {
  await server.close();
  await built.grafana?.stop();
  built.durable.close(now);
}

async function post(url: string, path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url + path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

describe('annotations in the exporter', () => {
  it('stores, pushes escaped with the token, annotates status changes, and keeps them across a restart', async () => {
    grafana = await fakeGrafana();
    const dir = tempDir();
    writeFileSync(join(dir, 'spec.yaml'), SPEC);
    writeFileSync(join(dir, 'token'), 'glsa_test_token\n');
    let now = T0;
    const first = await start(dir, () => now);
    first.built.grafana?.start();
    first.built.engine.tick(now);

    const user = await post(first.server.url, '/api/v1/annotations', {
      text: 'deploy <script>alert(1)</script> & v2',
      tags: ['deploy'],
      nodes: ['k.missing'],
    });
    expect(user.status).toBe(201);
    const events = Array.from({ length: 50 }, (_, i) => ({
      timestamp: now,
      id: `e${i}`,
      features: { x: i % 2 === 0 ? null : i },
      prediction: '0',
    }));
    expect((await post(first.server.url, '/api/v1/models/k/events', events)).status).toBe(202);
    now += 2;
    first.built.engine.tick(now); // missing ratio 0.5: unknown → critical all the way up

    await grafana.waitFor(4);
    for (let i = 0; i < 200 && first.built.grafana?.stats().pushed !== 4; i++)
      await new Promise((r) => setTimeout(r, 10));
    const bodies = grafana.requests.map(
      (r) => r.body as { text: string; tags: string[]; dashboardUID: string; time: number },
    );
    expect(grafana.requests.every((r) => r.headers.authorization === 'Bearer glsa_test_token')).toBe(true);
    expect(bodies[0]).toEqual({
      time: T0 * 1000,
      tags: ['deploy'],
      text: 'deploy &lt;script&gt;alert(1)&lt;/script&gt; &amp; v2',
      dashboardUID: 'mlhealth-exec',
    });
    const business = bodies.find((b) => b.tags.includes('business'));
    expect(business).toEqual({
      time: (T0 + 2) * 1000,
      tags: ['mlhealth', 'status', 'business', 'critical'],
      text: 'outcome → critical: k.health, feature x, missing ratio 0.5',
      dashboardUID: 'mlhealth-exec',
    });
    await stop(first, now);

    const second = await start(dir, () => now);
    const listed = (await (await fetch(`${second.server.url}/api/v1/annotations`)).json()) as {
      annotations: AnnotationJson[];
    };
    expect(listed.annotations.map((a) => [a.source, a.nodes[0]])).toEqual([
      ['auto', 'outcome'],
      ['auto', 'k.health'],
      ['auto', 'k.missing'],
      ['user', 'k.missing'],
    ]);
    expect(listed.annotations[3].text).toBe('deploy <script>alert(1)</script> & v2');
    expect(second.built.durable.store.listSpecs()).toHaveLength(1);
    expect(second.built.durable.store.pendingGrafanaPushes(10)).toEqual([]);
    await stop(second, now);
  });
});
