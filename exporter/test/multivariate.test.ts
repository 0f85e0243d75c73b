/**
 * multivariate_drift end to end (issue 14): a spec with a PCA and a classifier node over a reference
 * file, events posted over real HTTP, and `GET /api/v1/nodes/{id}` naming the method, its numbers and
 * the separating features, with the drift component following.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32, normal } from '../src/demo/prng';
import type { Listening } from '../src/server/listen';
import { harness, serve, T0, type Harness } from './support/harness';
import { request } from './support/http';

const SPEC = `api_version: mlhealth/v1
name: mv
version: '1'
currency: EUR
models:
  - id: m
    version: '1'
    task: classification
    reference: { file: ref.csv }
    window: { duration: 10m }
    evaluation_interval: 5s
    features:
      - { name: x, type: numeric }
      - { name: y, type: numeric }
      - { name: c, type: categorical }
nodes:
  - id: m.drift.joint
    tier: base
    model: m
    title: Joint drift (PCA)
    signal: { kind: multivariate_drift, features: [x, y], reservoir: 2000 }
    thresholds: { warning: 1, critical: 2 }
  - id: m.drift.domain
    tier: base
    model: m
    title: Joint drift (classifier)
    signal: { kind: multivariate_drift, method: classifier, reservoir: 1000 }
    thresholds: { warning: 0.55, critical: 0.65 }
  - id: m.drift
    tier: component
    model: m
    title: Drift
    children: [{ node: m.drift.joint }, { node: m.drift.domain }]
    rollup: { rule: worst_of }
`;

/** x and y move together unless `decoupled`. */
function row(u: () => number, decoupled: boolean): { x: number; y: number; c: string } {
  const z = normal(u, 0, 1);
  const y = decoupled ? normal(u, 0, 1) : 0.95 * z + 0.31 * normal(u, 0, 1);
  return { x: 10 + 3 * z, y: 5 + 2 * y, c: u() < 0.3 ? 'a' : 'b' };
}

let dir: string;
let h: Harness;
let server: Listening;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-mv-'));
  const u = mulberry32(3);
  const lines = Array.from({ length: 3000 }, () => row(u, false)).map((r) => `${r.x},${r.y},${r.c}`);
  writeFileSync(join(dir, 'ref.csv'), ['x,y,c', ...lines].join('\n') + '\n');
  writeFileSync(join(dir, 'spec.yaml'), SPEC);
  h = await harness({ specPath: join(dir, 'spec.yaml') });
  server = await serve(h.built.app);
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(decoupled: boolean, seed: number): Promise<void> {
  const u = mulberry32(seed);
  const events = Array.from({ length: 1500 }, (_, i) => ({
    timestamp: T0 - 300 + i / 5,
    features: row(u, decoupled),
  }));
  const answer = await request(server.url, 'POST', '/api/v1/models/m/events', JSON.stringify(events));
  expect(answer.status).toBe(202);
}

interface NodeDetail {
  node: { status: string; value: number | null; reason: string; detail?: Record<string, unknown> };
  explanation: string | null;
}

async function node(id: string): Promise<NodeDetail> {
  const answer = await request(server.url, 'GET', `/api/v1/nodes/${id}`);
  expect(answer.status).toBe(200);
  return answer.json as NodeDetail;
}

test('decoupled features: both nodes name their method and the drift component goes critical', async () => {
  await post(true, 9);
  await h.advance(200, 10);
  const joint = await node('m.drift.joint');
  expect(joint.node.status).toBe('critical');
  expect(joint.node.value).toBeGreaterThan(2);
  expect(joint.node.detail).toMatchObject({
    method: 'pca_reconstruction',
    columns: ['x', 'y'],
    drifted: true,
  });
  expect(joint.node.reason).toMatch(
    /^PCA reconstruction error \(band widths\) [\d.]+ ≥ critical 2; pca_reconstruction over x, y: error /,
  );
  const domain = await node('m.drift.domain');
  expect(domain.node.detail).toMatchObject({ method: 'classifier' });
  const separating = domain.node.detail?.separating_features as { feature: string }[];
  expect(separating[0].feature).toBe('x×y');
  expect(domain.node.reason).toContain('separating features x×y (');
  // The panel's details read the shares from /metrics: one per feature it watches (all three), summing
  // to 1, the decoupled pair ahead; none for the PCA node.
  const metrics = await request(server.url, 'GET', '/metrics');
  const shares = [...metrics.text.matchAll(/^mlhealth_multivariate_feature_share\{(.*)\} (\S+)$/gm)];
  expect(shares.map((m) => m[1]).sort()).toEqual([
    'node="m.drift.domain",model="m",feature="c"',
    'node="m.drift.domain",model="m",feature="x"',
    'node="m.drift.domain",model="m",feature="y"',
  ]);
  expect(shares.reduce((a, m) => a + Number(m[2]), 0)).toBeCloseTo(1, 9);
  const share = (f: string) => Number(shares.find((m) => m[1].endsWith(`feature="${f}"`))?.[2]);
  expect(Math.min(share('x'), share('y'))).toBeGreaterThan(share('c'));
  const component = await node('m.drift');
  expect(component.node.status).toBe('critical');
  expect(component.explanation).toMatch(
    /^m\.drift → critical: m\.drift\.(domain, domain-classifier AUC [\d.]+ \(classifier; separating features x×y, |joint, PCA reconstruction error \(band widths\) [\d.]+ \(pca_reconstruction over x, y\))/,
  );
});
