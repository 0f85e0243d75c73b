/**
 * `POST /api/v1/annotations` (stored durably before the 201), `GET /api/v1/annotations` (search, newest
 * first; `format=grafana` for Grafana's JSON data sources), `GET` and `DELETE /api/v1/annotations/{id}`.
 * Routes carry their full path: mount with `app.use(createAnnotationsRouter(...))` before the app's
 * error handler, which answers the `HttpError`s thrown here as `{error, details: [{path, message}]}`.
 */
import { Router, type RequestHandler } from 'express';
import { rawBody, requestText } from '../body';
import type { AccessScope } from '../deps';
import { HttpError } from '../errors';
import { grafanaAnnotationRow } from '../../annotations/grafanaFormat';
import { parseAnnotationQuery } from '../../annotations/query';
import {
  annotationJson,
  type Annotation,
  type AnnotationDraft,
  type AnnotationQuery,
} from '../../annotations/types';
import { parseAnnotationBody } from '../../annotations/validate';

/** The part of the store the routes use (`store/Store` has it). */
export interface AnnotationStore {
  addAnnotation(draft: AnnotationDraft, createdAt: number, pushToGrafana?: boolean): Annotation;
  queryAnnotations(query: AnnotationQuery): Annotation[];
  getAnnotation(id: number): Annotation | null;
  deleteAnnotation(id: number): boolean;
}

export interface AnnotationsRouterOptions {
  /** Unix seconds. */
  clock: () => number;
  /** Whether the spec has this node id (annotations may only name real nodes). */
  nodeExists: (id: string) => boolean;
  /** Auth per scope: POST needs `ingest`, DELETE `admin`, GET `read`. Absent: open. */
  guard?: (scope: AccessScope) => RequestHandler;
  /** Queue new annotations for Grafana (when a Grafana URL is configured). */
  pushToGrafana?: boolean;
  /** Called after an annotation is stored (e.g. to wake the Grafana pusher). */
  onCreated?: (annotation: Annotation) => void;
  /** Largest body, bytes (default 64 KiB). */
  maxBodyBytes?: number;
}

const open: RequestHandler = (_req, _res, next) => next();

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new HttpError(400, 'malformed annotation body', [{ path: '', message: (err as Error).message }]);
  }
}

function idParam(value: unknown): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id < 1)
    throw new HttpError(400, 'bad annotation id', [
      { path: ':id', message: `'${String(value)}' is not a positive integer` },
    ]);
  return id;
}

/** The annotation routes on `store`. */
export function createAnnotationsRouter(store: AnnotationStore, options: AnnotationsRouterOptions): Router {
  const router = Router();
  const guard = options.guard ?? (() => open);
  router.post(
    '/api/v1/annotations',
    guard('ingest'),
    rawBody(options.maxBodyBytes ?? 64 * 1024),
    (req, res) => {
      const now = options.clock();
      const parsed = parseAnnotationBody(parseJson(requestText(req.body, req.get('content-type'))), {
        now,
        nodeExists: options.nodeExists,
      });
      if (!parsed.ok) throw new HttpError(422, 'invalid annotation: nothing was stored', parsed.problems);
      const stored = store.addAnnotation(parsed.draft, now, options.pushToGrafana === true);
      options.onCreated?.(stored);
      res.status(201).location(`/api/v1/annotations/${stored.id}`).json(annotationJson(stored));
    },
  );
  router.get('/api/v1/annotations', guard('read'), (req, res) => {
    const parsed = parseAnnotationQuery(req.query as Record<string, unknown>);
    if (!parsed.ok) throw new HttpError(400, 'invalid annotation query', parsed.problems);
    const found = store.queryAnnotations(parsed.parsed.query);
    if (parsed.parsed.format === 'grafana') res.json(found.map(grafanaAnnotationRow));
    else res.json({ annotations: found.map(annotationJson) });
  });
  router.get('/api/v1/annotations/:id', guard('read'), (req, res) => {
    const found = store.getAnnotation(idParam(req.params.id));
    if (found === null)
      throw new HttpError(404, 'unknown annotation', [
        { path: ':id', message: `no annotation ${req.params.id}` },
      ]);
    res.json(annotationJson(found));
  });
  router.delete('/api/v1/annotations/:id', guard('admin'), (req, res) => {
    if (!store.deleteAnnotation(idParam(req.params.id))) {
      throw new HttpError(404, 'unknown annotation', [
        { path: ':id', message: `no annotation ${req.params.id}` },
      ]);
    }
    res.status(204).end();
  });
  return router;
}
