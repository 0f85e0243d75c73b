/**
 * The extension slots of `createApp` (issue 6 builds on them): middlewares before every route, a guard
 * per access scope on every built-in route, extra routers, and the preview mount.
 */
import express, { type RequestHandler } from 'express';
import type { AccessScope } from '../src/server/deps';
import { createApp } from '../src/server/app';
import { DEMO_SPEC_PATH } from '../src/main';
import { harness, serve } from './support/harness';
import { request } from './support/http';

describe('createApp slots', () => {
  it('runs `before` first, guards each route with its scope, mounts routers and the preview', async () => {
    const h = await harness({ specPath: DEMO_SPEC_PATH });
    const seen: string[] = [];
    const before: RequestHandler = (_req, res, next) => {
      res.set('x-before', '1');
      next();
    };
    const guard =
      (scope: AccessScope): RequestHandler =>
      (req, res, next) => {
        seen.push(`${scope} ${req.method} ${req.path}`);
        if (req.get('authorization') === undefined && scope !== 'read') {
          res.status(401).json({
            error: 'unauthorized',
            details: [{ path: 'Authorization', message: `scope ${scope} needs a token` }],
          });
          return;
        }
        next();
      };
    const extra = express.Router();
    extra.get('/api/v1/extra', (_req, res) => {
      res.json({ extra: true });
    });
    const preview = express.Router();
    preview.get('/', (_req, res) => {
      res.type('html').send('<p>preview</p>');
    });
    const { built } = h;
    const app = createApp({
      cascade: built.engine,
      ingest: built.ingest,
      metrics: built.metrics,
      maxBodyBytes: 1 << 20,
      before: [before],
      guard,
      routers: [extra],
      preview,
    });
    const server = await serve(app);
    try {
      const metrics = await fetch(`${server.url}/metrics`);
      expect(metrics.headers.get('x-before')).toBe('1');
      const refused = await request(server.url, 'POST', '/api/v1/models/fraud/events', '[]');
      expect(refused.status).toBe(401);
      const reference = await request(server.url, 'PUT', '/api/v1/models/fraud/reference', '[]');
      expect(reference.status).toBe(401);
      expect((await request(server.url, 'GET', '/api/v1/extra')).json).toEqual({ extra: true });
      expect((await request(server.url, 'GET', '/preview/')).text).toBe('<p>preview</p>');
      expect(seen).toEqual([
        'read GET /metrics',
        'ingest POST /api/v1/models/fraud/events',
        'admin PUT /api/v1/models/fraud/reference',
        'read GET /',
      ]);
    } finally {
      await server.close();
    }
  });

  it('answers 503 on /readyz before the first evaluation', async () => {
    const h = await harness({ specPath: DEMO_SPEC_PATH });
    const { built } = h;
    const app = createApp({
      cascade: { spec: built.engine.spec, sha256: 'x', snapshot: () => null, history: () => [] },
      ingest: built.ingest,
      metrics: built.metrics,
      maxBodyBytes: 1024,
    });
    const server = await serve(app);
    try {
      const a = await request(server.url, 'GET', '/readyz');
      expect(a.status).toBe(503);
      expect(a.json).toMatchObject({ status: 'not ready' });
    } finally {
      await server.close();
    }
  });
});

describe('the preview mount in the composition root', () => {
  it('serves /preview from the built panel, or 503 naming the build command when it is not built', async () => {
    const h = await harness({ specPath: DEMO_SPEC_PATH, previewDir: '/nonexistent/grafana-plugin/dist' });
    const server = await serve(h.built.app);
    try {
      const a = await request(server.url, 'GET', '/preview/');
      expect(a.status).toBe(503);
      expect(a.text).toContain('npm run build --prefix grafana-plugin');
    } finally {
      await server.close();
    }
  });
});
