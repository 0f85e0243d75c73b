/**
 * The HTTP app: `/metrics`, health, the JSON API and ingest, built from `AppDeps` without listening, so
 * tests run it in-process on an ephemeral port and `main.ts` calls `listen`.
 */
import express, { type Express, type RequestHandler } from 'express';
import { createCalibrateRouter } from './routes/calibrate';
import { createDependencyRouter } from './routes/dependencies';
import { createScenarioRouter } from './routes/scenarios';
import type { AppDeps } from './deps';
import { errorHandler, notFound } from './errors';
import { readRoutes } from './routes/cascade';
import { writeRoutes } from './routes/models';

const open: RequestHandler = (_req, _res, next) => next();

/** The endpoints, for `GET /` and the start-up banner. */
export const ENDPOINTS: readonly string[] = [
  'GET  /metrics',
  'GET  /healthz',
  'GET  /readyz',
  'GET  /api/v1/cascade',
  'GET  /api/v1/nodes/{id}',
  'POST /api/v1/models/{model}/events',
  'POST /api/v1/models/{model}/labels',
  'PUT  /api/v1/models/{model}/reference',
  'PUT  /api/v1/models/{model}/governance',
  'POST /api/v1/calibrate',
  'POST /api/v1/models/{model}/policy-violations',
  'POST /api/v1/kserve',
  'POST /v1/logs',
  'GET  /api/v1/scenarios',
  'POST /api/v1/scenarios',
  'GET  /api/v1/dependencies',
  'GET  /api/v1/annotations',
  'POST /api/v1/annotations',
  'GET  /preview/',
];

/** Builds the app. Nothing listens until the caller calls `listen`. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  const guard = deps.guard ?? (() => open);
  const ready = deps.ready ?? (() => deps.cascade.snapshot() !== null);
  for (const middleware of deps.before ?? []) app.use(middleware);
  app.get('/', (_req, res) => {
    res.json({ name: 'mlhealth', spec: deps.cascade.spec.name, endpoints: ENDPOINTS });
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const answer = ready();
    if (answer === true) res.json({ status: 'ready' });
    else {
      const error = typeof answer === 'string' ? answer : 'no cascade evaluation yet';
      res.status(503).json({ status: 'not ready', error, details: [] });
    }
  });
  readRoutes(app, deps, guard);
  writeRoutes(app, deps, guard);
  if (deps.live !== undefined) {
    // read: a what-if run changes nothing live (docs/whatif.md, "Access")
    app.use(createScenarioRouter(deps.live, { guard: guard('read') }));
    app.use(createDependencyRouter(deps.live, { guard: guard('read') }));
  }
  // admin: a proposal built from the live reference and history (docs/spec.md, "Calibration")
  if (deps.calibrate !== undefined) app.use(createCalibrateRouter(deps.calibrate, { guard: guard('admin') }));
  for (const router of deps.routers ?? []) app.use(router);
  if (deps.preview !== undefined) app.use('/preview', guard('read'), deps.preview);
  app.use(notFound);
  app.use(errorHandler(deps.log ?? ((line) => process.stderr.write(line + '\n'))));
  return app;
}
