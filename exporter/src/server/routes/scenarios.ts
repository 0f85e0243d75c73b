/**
 * `POST /api/v1/scenarios` (a what-if run against live inputs) and `GET /api/v1/scenarios` (the named
 * scenarios of the spec with their current impact). Routes carry their full path: mount with
 * `app.use(createScenarioRouter(...))`. Live state is only read; every run works on copies.
 */
import express, { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import { evaluateNamedScenarios } from '../../whatif/named';
import { parseScenarioRequest } from '../../whatif/request';
import { runScenario, ScenarioRequestError } from '../../whatif/run';
import { scenarioJson } from '../../whatif/json';
import { NOT_READY, type ApiError, type GetLive, type RouterOptions } from './live';

const open: RequestHandler = (_req, _res, next) => next();

/** JSON parse and size errors of the body, answered in the API's error shape; anything else goes on. */
export const bodyErrors: ErrorRequestHandler = (err: unknown, _req, res, next) => {
  const type = typeof err === 'object' && err !== null ? (err as { type?: unknown }).type : undefined;
  if (type === 'entity.too.large') {
    const limit = (err as { limit?: number }).limit;
    const body: ApiError = {
      error: 'request body too large',
      details: [{ path: '', message: `the limit is ${limit} bytes` }],
    };
    res.status(413).json(body);
  } else if (type === 'entity.parse.failed') {
    const body: ApiError = {
      error: 'invalid JSON',
      details: [{ path: '', message: (err as Error).message }],
    };
    res.status(400).json(body);
  } else next(err);
};

function postScenario(getLive: GetLive): RequestHandler {
  return (req, res) => {
    const parsed = parseScenarioRequest(req.body);
    if (!parsed.ok) {
      const body: ApiError = { error: 'invalid scenario', details: parsed.issues };
      res.status(400).json(body);
      return;
    }
    const live = getLive();
    if (live === null) {
      res.status(503).json(NOT_READY);
      return;
    }
    try {
      const outcome = runScenario(live.spec, live.inputs, parsed.request, live.now);
      res.json(scenarioJson(live.spec, outcome));
    } catch (err) {
      if (!(err instanceof ScenarioRequestError)) throw err;
      const body: ApiError = { error: 'scenario does not fit the spec', details: err.issues };
      res.status(400).json(body);
    }
  };
}

function listScenarios(getLive: GetLive): RequestHandler {
  return (_req, res) => {
    const live = getLive();
    if (live === null) {
      res.status(503).json(NOT_READY);
      return;
    }
    const rows = evaluateNamedScenarios(live.spec, live.inputs, live.now);
    const scenarios = live.spec.scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      description: s.description ?? null,
      changes: s.changes,
      impacts: rows
        .filter((r) => r.scenario === s.id)
        .map(({ node, measure, value }) => ({ node, measure, value })),
    }));
    res.json({ at: live.now, scenarios });
  };
}

/**
 * The scenario routes. A body that is not a valid request, or names what the spec lacks, gets 400
 * `{error, details: [{path, message}]}` listing every problem; before the first evaluation, 503.
 *
 * @example app.use(createScenarioRouter(() => ({ spec, inputs: engine.inputs(), now: Date.now() / 1000 })))
 */
export function createScenarioRouter(getLive: GetLive, options: RouterOptions = {}): Router {
  const router = Router();
  const guard = options.guard ?? open;
  const json = express.json({ limit: options.maxBodyBytes ?? 64 * 1024, type: () => true });
  router.post('/api/v1/scenarios', guard, json, postScenario(getLive));
  router.get('/api/v1/scenarios', guard, listScenarios(getLive));
  router.use('/api/v1/scenarios', bodyErrors);
  return router;
}
