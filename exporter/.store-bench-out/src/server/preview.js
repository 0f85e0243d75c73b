"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PREVIEW_BUILD_COMMAND = exports.PREVIEW_PLUGIN_ID = void 0;
exports.createPreviewRouter = createPreviewRouter;
/**
 * `/preview`: the Grafana panel without Grafana. Serves the plugin's browser harness (built into
 * `grafana-plugin/dist/harness/react18` by `npm run build` in grafana-plugin), the built plugin at
 * `public/plugins/mlhealth-cascade-panel/` as Grafana would, and `data.json`: the live snapshot history
 * and the per-feature drift at each snapshot as Prometheus answers (`previewData.ts`). The page refreshes its data every 15 s. When the harness is
 * not built, every route answers 503 saying which command builds it.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const express_1 = __importDefault(require("express"));
const previewData_1 = require("./previewData");
exports.PREVIEW_PLUGIN_ID = 'mlhealth-cascade-panel';
exports.PREVIEW_BUILD_COMMAND = 'npm run setup --prefix grafana-plugin && npm run build --prefix grafana-plugin';
const CONFIG_MARK = '<!--HARNESS_CONFIG-->';
/** The preview router, to mount at `/preview`. Reads the harness files per request (they may be rebuilt). */
function createPreviewRouter(opts) {
    const router = express_1.default.Router();
    const harnessDir = (0, node_path_1.join)(opts.pluginDistDir, 'harness', 'react18');
    const built = () => (0, node_fs_1.existsSync)((0, node_path_1.join)(opts.pluginDistDir, 'module.js')) && (0, node_fs_1.existsSync)((0, node_path_1.join)(harnessDir, 'index.html'));
    router.use((_req, res, next) => {
        if (built())
            return next();
        res
            .status(503)
            .type('text/plain')
            .send(`The panel preview is not built: ${harnessDir} is missing.\n` +
            `Build it from the repository root with:\n\n  ${exports.PREVIEW_BUILD_COMMAND}\n\nthen reload this page.\n`);
    });
    router.get('/', (req, res) => {
        // Relative asset URLs need the trailing slash.
        if (!req.originalUrl.split('?')[0].endsWith('/')) {
            res.redirect(301, `${req.baseUrl}/${req.originalUrl.slice(req.baseUrl.length)}`);
            return;
        }
        const config = {
            module: `./public/plugins/${exports.PREVIEW_PLUGIN_ID}/module.js`,
            data: './data.json',
            refreshSeconds: opts.refreshSeconds ?? 15,
        };
        const html = (0, node_fs_1.readFileSync)((0, node_path_1.join)(harnessDir, 'index.html'), 'utf8').replace(CONFIG_MARK, `<script>window.__HARNESS_CONFIG__ = ${JSON.stringify(config)};</script>`);
        res.type('html').set('cache-control', 'no-store').send(html);
    });
    router.get('/data.json', (_req, res) => {
        const history = opts.getHistory();
        const live = opts.getSnapshot();
        const newest = history[history.length - 1];
        const snapshots = live !== null && (newest === undefined || newest.at < live.at) ? [...history, live] : history;
        const details = opts.getDetailHistory?.() ?? [];
        res.set('cache-control', 'no-store').json((0, previewData_1.previewData)(snapshots, opts.getSpec?.() ?? null, details));
    });
    router.use(`/public/plugins/${exports.PREVIEW_PLUGIN_ID}`, (req, res, next) => req.path.startsWith('/harness/') ? res.status(404).end() : next());
    router.use(`/public/plugins/${exports.PREVIEW_PLUGIN_ID}`, express_1.default.static(opts.pluginDistDir, { index: false }));
    router.use(express_1.default.static(harnessDir, { index: false }));
    return router;
}
//# sourceMappingURL=preview.js.map