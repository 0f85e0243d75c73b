/**
 * `/preview`: the Grafana panel without Grafana. Serves the plugin's browser harness (built into
 * `grafana-plugin/dist/harness/react18` by `npm run build` in grafana-plugin), the built plugin at
 * `public/plugins/mlhealth-cascade-panel/` as Grafana would, and `data.json`: the live snapshot history
 * and the per-feature drift at each snapshot as Prometheus answers (`previewData.ts`). The page fetches
 * data.json while its bundle loads, asks every half second until the first evaluation (state `Loading`),
 * then refreshes every 15 s. When the harness is
 * not built, every route but `data.json` answers 503 saying which command builds it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';
import type { CascadeSnapshot } from '../../cascade/types';
import type { DetailPoint } from '../../engine/engine';
import type { Spec } from '../../spec/types';
import { previewData } from '../previewData';

export const PREVIEW_PLUGIN_ID = 'mlhealth-cascade-panel';
export const PREVIEW_BUILD_COMMAND =
  'npm run setup --prefix grafana-plugin && npm run build --prefix grafana-plugin';

export interface PreviewOptions {
  getSnapshot: () => CascadeSnapshot | null;
  getHistory: () => CascadeSnapshot[];
  /** The model details at past snapshots (`Engine.detailHistory()`), for the drift heatmap (optional). */
  getDetailHistory?: () => readonly DetailPoint[];
  /** grafana-plugin/dist: holds module.js and harness/react18/. */
  pluginDistDir: string;
  /** The loaded spec, for node titles, units, owners, playbooks and the currency (optional). */
  getSpec?: () => Spec | null;
  /** How often the page reloads data.json, seconds. Default 15. */
  refreshSeconds?: number;
}

const CONFIG_MARK = '<!--HARNESS_CONFIG-->';

/** The preview router, to mount at `/preview`. Reads the harness files per request (they may be rebuilt). */
export function createPreviewRouter(opts: PreviewOptions): Router {
  const router = express.Router();
  const harnessDir = join(opts.pluginDistDir, 'harness', 'react18');
  const built = () =>
    existsSync(join(opts.pluginDistDir, 'module.js')) && existsSync(join(harnessDir, 'index.html'));

  // The data does not depend on the built page: it answers even before the panel is built.
  router.get('/data.json', (_req, res) => {
    const history = opts.getHistory();
    const live = opts.getSnapshot();
    const newest = history[history.length - 1];
    const snapshots =
      live !== null && (newest === undefined || newest.at < live.at) ? [...history, live] : history;
    const details = opts.getDetailHistory?.() ?? [];
    res.set('cache-control', 'no-store').json(previewData(snapshots, opts.getSpec?.() ?? null, details));
  });

  router.use((_req, res, next) => {
    if (built()) return next();
    res
      .status(503)
      .type('text/plain')
      .send(
        `The panel preview is not built: ${harnessDir} is missing.\n` +
          `Build it from the repository root with:\n\n  ${PREVIEW_BUILD_COMMAND}\n\nthen reload this page.\n`,
      );
  });

  router.get('/', (req, res) => {
    // Relative asset URLs need the trailing slash.
    if (!req.originalUrl.split('?')[0].endsWith('/')) {
      res.redirect(301, `${req.baseUrl}/${req.originalUrl.slice(req.baseUrl.length)}`);
      return;
    }
    const config = {
      module: `./public/plugins/${PREVIEW_PLUGIN_ID}/module.js`,
      data: './data.json',
      refreshSeconds: opts.refreshSeconds ?? 15,
    };
    // data.json is fetched by the page's first script, while the panel's bundle downloads and
    // compiles, rather than after it: the data is there when the panel can draw.
    const prefetch = `fetch(${JSON.stringify(config.data)}, { cache: 'no-store' }).then((r) => (r.ok ? r.json() : null), () => null)`;
    const html = readFileSync(join(harnessDir, 'index.html'), 'utf8').replace(
      CONFIG_MARK,
      `<script>window.__HARNESS_CONFIG__ = ${JSON.stringify(config)}; window.__HARNESS_PREFETCH__ = ${prefetch};</script>`,
    );
    res.type('html').set('cache-control', 'no-store').send(html);
  });

  router.use(`/public/plugins/${PREVIEW_PLUGIN_ID}`, (req, res, next) =>
    req.path.startsWith('/harness/') ? res.status(404).end() : next(),
  );
  router.use(`/public/plugins/${PREVIEW_PLUGIN_ID}`, express.static(opts.pluginDistDir, { index: false }));
  router.use(express.static(harnessDir, { index: false }));
  return router;
}
