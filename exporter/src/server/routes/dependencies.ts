/**
 * `GET /api/v1/dependencies`: the dependency graph, every input's reach, and the single points of
 * failure with their simulated business impact against live inputs. `?format=mermaid` answers the graph
 * as a Mermaid flowchart (text/plain). Mount with `app.use(createDependencyRouter(...))`.
 */
import { Router, type RequestHandler } from 'express';
import { dependencyMermaid } from '../../dependencies/format';
import { dependencyReport } from '../../dependencies/report';
import { NOT_READY, type ApiError, type GetLive, type RouterOptions } from './live';

const open: RequestHandler = (_req, _res, next) => next();

/**
 * The dependency route. 400 for an unknown `format`, 503 before the first evaluation.
 * @example app.use(createDependencyRouter(() => ({ spec, inputs: engine.inputs(), now: Date.now() / 1000 })))
 */
export function createDependencyRouter(getLive: GetLive, options: Pick<RouterOptions, 'guard'> = {}): Router {
  const router = Router();
  router.get('/api/v1/dependencies', options.guard ?? open, (req, res) => {
    const format = req.query.format ?? 'json';
    if (format !== 'json' && format !== 'mermaid') {
      const body: ApiError = {
        error: 'invalid query',
        details: [{ path: 'format', message: `${JSON.stringify(format)} is not one of json, mermaid` }],
      };
      res.status(400).json(body);
      return;
    }
    const live = getLive();
    if (live === null) {
      res.status(503).json(NOT_READY);
      return;
    }
    const report = dependencyReport(live.spec, live.inputs, live.now);
    if (format === 'mermaid') res.type('text/plain').send(dependencyMermaid(report));
    else res.json(report);
  });
  return router;
}
