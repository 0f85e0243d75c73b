/**
 * `GET /metrics`, `GET /api/v1/cascade` and `GET /api/v1/nodes/{id}` (read scope): the exposition text and
 * the cascade as JSON, from the last snapshot (`server/cascadeView.ts`, `server/nodeView.ts`).
 */
import type { Express, RequestHandler } from 'express';
import { cascadeJson } from '../cascadeView';
import type { AccessScope, AppDeps } from '../deps';
import { HttpError } from '../errors';
import { nodeDetailJson } from '../nodeView';

/** Mounts the read routes on `app`. */
export function readRoutes(app: Express, deps: AppDeps, guard: (scope: AccessScope) => RequestHandler): void {
  app.get('/metrics', guard('read'), async (_req, res) => {
    const text = await deps.metrics.render();
    res.set('Content-Type', deps.metrics.contentType).send(text);
  });
  app.get('/api/v1/cascade', guard('read'), (_req, res) => {
    const { spec, sha256 } = deps.cascade;
    res.json(cascadeJson(spec, sha256, deps.cascade.snapshot()));
  });
  app.get('/api/v1/nodes/:id', guard('read'), (req, res) => {
    const id = String(req.params.id);
    const detail = nodeDetailJson(deps.cascade.spec, id, deps.cascade.snapshot(), deps.cascade.history());
    if (detail === null) {
      throw new HttpError(404, 'unknown node', [
        { path: ':id', message: `no node '${id}' in spec ${deps.cascade.spec.name}` },
      ]);
    }
    res.json(detail);
  });
}
