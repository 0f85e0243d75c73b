import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import type { CascadeSnapshot } from '../cascade/types';
import { createPreviewRouter, PREVIEW_BUILD_COMMAND } from './preview';

const snapshots: CascadeSnapshot[] = [
  { at: 100, nodes: [], edges: [], retrainRecommended: {} },
  { at: 115, nodes: [], edges: [], retrainRecommended: {} },
];

async function serve(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  app.use(
    '/preview',
    createPreviewRouter({
      getSnapshot: () => snapshots[1],
      getHistory: () => snapshots,
      pluginDistDir: dist,
    }),
  );
  const server: Server = await new Promise((ok) => {
    const s = app.listen(0, '127.0.0.1', () => ok(s));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

describe('/preview', () => {
  let dist: string;
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'mlhealth-preview-'));
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('answers 503 naming the build command while the harness is not built', async () => {
    const s = await serve(dist);
    try {
      const res = await fetch(`${s.url}/preview/`);
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(text).toContain(PREVIEW_BUILD_COMMAND);
      expect(text).toContain(join(dist, 'harness', 'react18'));
    } finally {
      await s.close();
    }
  });

  it('serves the harness page with its config, the plugin as Grafana would, and the live data', async () => {
    mkdirSync(join(dist, 'harness', 'react18'), { recursive: true });
    writeFileSync(join(dist, 'module.js'), 'define([], function () { return {}; });');
    writeFileSync(
      join(dist, 'harness', 'react18', 'index.html'),
      '<html><head><!--HARNESS_CONFIG--></head></html>',
    );
    writeFileSync(join(dist, 'harness', 'react18', 'harness.js'), '/* harness */');
    const s = await serve(dist);
    try {
      const bare = await fetch(`${s.url}/preview`, { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe('/preview/');
      const page = await (await fetch(`${s.url}/preview/`)).text();
      expect(page).toContain(
        'window.__HARNESS_CONFIG__ = {"module":"./public/plugins/mlhealth-cascade-panel/module.js","data":"./data.json","refreshSeconds":15}',
      );
      const mod = await fetch(`${s.url}/preview/public/plugins/mlhealth-cascade-panel/module.js`);
      expect(mod.status).toBe(200);
      expect(await mod.text()).toContain('define(');
      expect((await fetch(`${s.url}/preview/harness.js`)).status).toBe(200);
      expect(
        (await fetch(`${s.url}/preview/public/plugins/mlhealth-cascade-panel/harness/react18/index.html`))
          .status,
      ).toBe(404);
      const data = (await (await fetch(`${s.url}/preview/data.json`)).json()) as {
        timeRange: { from: number; to: number };
      };
      expect(data.timeRange).toEqual({ from: 100_000, to: 115_000 });
    } finally {
      await s.close();
    }
  });
});
