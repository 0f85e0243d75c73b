import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { harness, serve as serveApp } from '../../../test/support/harness';
import type { CascadeSnapshot } from '../../cascade/types';
import { createPreviewRouter, PREVIEW_BUILD_COMMAND } from './preview';
import type { PreviewData } from '../previewData';

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

/** A stand-in for grafana-plugin/dist: the files whose presence makes the preview "built". */
function fakeBuild(dist: string): void {
  mkdirSync(join(dist, 'harness', 'react18'), { recursive: true });
  writeFileSync(join(dist, 'module.js'), 'define([], function () { return {}; });');
  writeFileSync(
    join(dist, 'harness', 'react18', 'index.html'),
    '<html><head><!--HARNESS_CONFIG--></head></html>',
  );
  writeFileSync(join(dist, 'harness', 'react18', 'harness.js'), '/* harness */');
}

/** The `mlhealth_feature_drift` samples of a `/metrics` text, by their label set in the preview's shape. */
function driftOnMetrics(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const line = /^mlhealth_feature_drift\{model="([^"]*)",feature="([^"]*)",method="([^"]*)"\} (\S+)$/gm;
  for (const [, model, feature, method, value] of text.matchAll(line)) {
    out.set(JSON.stringify({ __name__: 'mlhealth_feature_drift', model, feature, method }), Number(value));
  }
  return out;
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
      // The data is not the built page: it is served either way.
      const data = await fetch(`${s.url}/preview/data.json`);
      expect(data.status).toBe(200);
      expect(await data.json()).toHaveProperty('queries');
    } finally {
      await s.close();
    }
  });

  it('serves the harness page with its config, the plugin as Grafana would, and the live data', async () => {
    fakeBuild(dist);
    const s = await serve(dist);
    try {
      const bare = await fetch(`${s.url}/preview`, { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe('/preview/');
      const page = await (await fetch(`${s.url}/preview/`)).text();
      expect(page).toContain(
        'window.__HARNESS_CONFIG__ = {"module":"./public/plugins/mlhealth-cascade-panel/module.js","data":"./data.json","refreshSeconds":15};',
      );
      // data.json is asked for by the config script, at the mark in the page's head, not after the bundle.
      expect(page).toContain(`window.__HARNESS_PREFETCH__ = fetch("./data.json", { cache: 'no-store' })`);
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

  it('serves the real exporter’s per-feature drift at every evaluation, as /metrics exposed it then', async () => {
    fakeBuild(dist);
    // The demo at time scale 10: fraud `amount` is multiplied by 6 from 12 s to 21 s.
    const h = await harness({ demoTimeScale: 10, previewDir: dist });
    const listening = await serveApp(h.built.app);
    try {
      const scraped = new Map<number, Map<string, number>>();
      for (let i = 0; i <= 8; i++) {
        if (i > 0) await h.advance(5);
        const text = await (await fetch(`${listening.url}/metrics`)).text();
        scraped.set(h.built.engine.snapshot()!.at, driftOnMetrics(text));
      }
      const data = (await (await fetch(`${listening.url}/preview/data.json`)).json()) as PreviewData;
      const query = data.queries.find((q) => q.expr === 'mlhealth_feature_drift')!;
      expect(query.response.data.resultType).toBe('matrix');
      const series = query.response.data.result;
      const ids = series.map((s) => JSON.stringify(s.metric));
      // Every label set /metrics exposed at some evaluation (a feature whose method changed between
      // evaluations has a series per method, as in Prometheus), and every feature of both demo models.
      const exposedIds = new Set([...scraped.values()].flatMap((m) => [...m.keys()]));
      expect([...ids].sort()).toEqual([...exposedIds].sort());
      expect(new Set(series.map((s) => `${s.metric.model}/${s.metric.feature}`)).size).toBe(13);
      expect(series.find((s) => s.metric.feature === 'amount')!.metric).toEqual({
        __name__: 'mlhealth_feature_drift',
        model: 'fraud',
        feature: 'amount',
        method: 'psi',
      });
      const snapshotTimes = h.built.engine.history().map((s) => s.at);
      let compared = 0;
      for (const s of series) {
        for (const [at, value] of s.values) {
          expect(snapshotTimes).toContain(at);
          const exposed = scraped.get(at)?.get(JSON.stringify(s.metric));
          if (scraped.has(at)) {
            expect(Number(value)).toBe(exposed);
            compared++;
          }
        }
      }
      expect(compared).toBe([...scraped.values()].reduce((n, m) => n + m.size, 0));
      expect(compared).toBeGreaterThanOrEqual(13 * 8);
      // The incident shows in the amount row: far above its starting value during the drift.
      const amount = series.find((s) => s.metric.feature === 'amount')!.values.map(([, v]) => Number(v));
      expect(Math.max(...amount)).toBeGreaterThan(0.25);
      expect(Math.max(...amount)).toBeGreaterThan(5 * amount[0]);
    } finally {
      await listening.close();
      h.built.engine.close();
      h.built.durable.close(h.now());
    }
  }, 60_000);
});
