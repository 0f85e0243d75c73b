/**
 * The write routes of `/api/v1/models/{model}/…`: events, labels and policy violations (ingest scope,
 * 202), reference and governance (admin scope, 200). Each reads the raw body once, hands it to the
 * `IngestPort` and answers its result; a refused write is an `IngestError`, answered by the error
 * handler with its status (server/errors.ts).
 */
import type { Express, RequestHandler } from 'express';
import { rawBody, requestText } from '../body';
import type { AccessScope, AppDeps, IngestPort } from '../deps';

function writeRoute(
  deps: AppDeps,
  status: number,
  call: (port: IngestPort, model: string, body: unknown) => Promise<unknown>,
): RequestHandler[] {
  const handler: RequestHandler = async (req, res) => {
    const body = requestText(req.body, req.get('content-type'));
    const answer = await call(deps.ingest, String(req.params.model), body);
    res.status(status).json(answer);
  };
  return [rawBody(deps.maxBodyBytes), handler];
}

/** Mounts the write routes on `app`. */
export function writeRoutes(
  app: Express,
  deps: AppDeps,
  guard: (scope: AccessScope) => RequestHandler,
): void {
  const base = '/api/v1/models/:model';
  app.post(`${base}/events`, guard('ingest'), ...writeRoute(deps, 202, (p, m, b) => p.events(m, b)));
  app.post(`${base}/labels`, guard('ingest'), ...writeRoute(deps, 202, (p, m, b) => p.labels(m, b)));
  app.post(
    `${base}/policy-violations`,
    guard('ingest'),
    ...writeRoute(deps, 202, (p, m, b) => p.policyViolations(m, b)),
  );
  app.put(`${base}/reference`, guard('admin'), ...writeRoute(deps, 200, (p, m, b) => p.reference(m, b)));
  app.put(`${base}/governance`, guard('admin'), ...writeRoute(deps, 200, (p, m, b) => p.governance(m, b)));
}
