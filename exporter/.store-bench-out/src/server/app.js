"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENDPOINTS = void 0;
exports.createApp = createApp;
/**
 * The HTTP app: `/metrics`, health, the JSON API and ingest, built from `AppDeps` without listening, so
 * tests run it in-process on an ephemeral port and `main.ts` calls `listen`.
 */
const express_1 = __importDefault(require("express"));
const api_1 = require("../api");
const body_1 = require("./body");
const cascadeView_1 = require("./cascadeView");
const errors_1 = require("./errors");
const nodeView_1 = require("./nodeView");
const open = (_req, _res, next) => next();
/** The endpoints, for `GET /` and the start-up banner. */
exports.ENDPOINTS = [
    'GET  /metrics',
    'GET  /healthz',
    'GET  /readyz',
    'GET  /api/v1/cascade',
    'GET  /api/v1/nodes/{id}',
    'POST /api/v1/models/{model}/events',
    'POST /api/v1/models/{model}/labels',
    'PUT  /api/v1/models/{model}/reference',
    'PUT  /api/v1/models/{model}/governance',
    'POST /api/v1/models/{model}/policy-violations',
    'GET  /preview/',
];
function writeRoute(deps, status, call) {
    const handler = async (req, res) => {
        const body = (0, body_1.requestText)(req.body, req.get('content-type'));
        const answer = await call(deps.ingest, String(req.params.model), body);
        res.status(status).json(answer);
    };
    return [(0, body_1.rawBody)(deps.maxBodyBytes), handler];
}
function readRoutes(app, deps, guard) {
    app.get('/metrics', guard('read'), async (_req, res) => {
        const text = await deps.metrics.render();
        res.set('Content-Type', deps.metrics.contentType).send(text);
    });
    app.get('/api/v1/cascade', guard('read'), (_req, res) => {
        const { spec, sha256 } = deps.cascade;
        res.json((0, cascadeView_1.cascadeJson)(spec, sha256, deps.cascade.snapshot()));
    });
    app.get('/api/v1/nodes/:id', guard('read'), (req, res) => {
        const id = String(req.params.id);
        const detail = (0, nodeView_1.nodeDetailJson)(deps.cascade.spec, id, deps.cascade.snapshot(), deps.cascade.history());
        if (detail === null) {
            throw new errors_1.HttpError(404, 'unknown node', [
                { path: ':id', message: `no node '${id}' in spec ${deps.cascade.spec.name}` },
            ]);
        }
        res.json(detail);
    });
}
function writeRoutes(app, deps, guard) {
    const base = '/api/v1/models/:model';
    app.post(`${base}/events`, guard('ingest'), ...writeRoute(deps, 202, (p, m, b) => p.events(m, b)));
    app.post(`${base}/labels`, guard('ingest'), ...writeRoute(deps, 202, (p, m, b) => p.labels(m, b)));
    app.post(`${base}/policy-violations`, guard('ingest'), ...writeRoute(deps, 202, (p, m, b) => p.policyViolations(m, b)));
    app.put(`${base}/reference`, guard('admin'), ...writeRoute(deps, 200, (p, m, b) => p.reference(m, b)));
    app.put(`${base}/governance`, guard('admin'), ...writeRoute(deps, 200, (p, m, b) => p.governance(m, b)));
}
/** Builds the app. Nothing listens until the caller calls `listen`. */
function createApp(deps) {
    const app = (0, express_1.default)();
    app.disable('x-powered-by');
    app.set('etag', false);
    app.set('query parser', 'simple');
    const guard = deps.guard ?? (() => open);
    const ready = deps.ready ?? (() => deps.cascade.snapshot() !== null);
    for (const middleware of deps.before ?? [])
        app.use(middleware);
    app.get('/', (_req, res) => {
        res.json({ name: 'mlhealth', spec: deps.cascade.spec.name, endpoints: exports.ENDPOINTS });
    });
    app.get('/healthz', (_req, res) => {
        res.json({ status: 'ok' });
    });
    app.get('/readyz', (_req, res) => {
        if (ready())
            res.json({ status: 'ready' });
        else
            res.status(503).json({ status: 'not ready', error: 'no cascade evaluation yet', details: [] });
    });
    readRoutes(app, deps, guard);
    writeRoutes(app, deps, guard);
    if (deps.live !== undefined) {
        // read: a what-if run changes nothing live (docs/whatif.md, "Access")
        app.use((0, api_1.createScenarioRouter)(deps.live, { guard: guard('read') }));
        app.use((0, api_1.createDependencyRouter)(deps.live, { guard: guard('read') }));
    }
    for (const router of deps.routers ?? [])
        app.use(router);
    if (deps.preview !== undefined)
        app.use('/preview', guard('read'), deps.preview);
    app.use(errors_1.notFound);
    app.use((0, errors_1.errorHandler)(deps.log ?? ((line) => process.stderr.write(line + '\n'))));
    return app;
}
//# sourceMappingURL=app.js.map