/**
 * `POST /api/v1/kserve`: KServe's InferenceLogger posts each inference's request and response here as
 * two binary-mode CloudEvents (`logger: {mode: all, url: …}` on an InferenceService). The receiver
 * (`ingest/kserve/receiver.ts`) joins them and writes their events through the ingest path. Answers 200
 * for every CloudEvent it keeps, joins or knowingly drops (KServe's logger logs anything else as an
 * error); a bad one is a 4xx `{error, details}` naming the header or body field. Any content type is
 * read as JSON: KServe forwards the inference request's own, whatever the client sent.
 * docs/integrations/kserve.md.
 */
import { Router, type RequestHandler } from 'express';
import type { KservePort } from '../../ingest/kserve/receiver';
import { rawBody } from '../body';
import { HttpError } from '../errors';

/** Structured-mode CloudEvents carry the context in the body; KServe sends binary mode only. */
function refuseStructuredMode(contentType: string | undefined): void {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type.startsWith('application/cloudevents'))
    throw new HttpError(415, 'structured-mode CloudEvents are not supported', [
      {
        path: 'Content-Type',
        message: `got '${type}': send binary mode (ce-* headers, the payload as the body), as KServe's logger does`,
      },
    ]);
}

/** The route, behind `guard` (the `ingest` scope); bodies up to `maxBodyBytes` (413 past it). */
export function createKserveRouter(
  receiver: KservePort,
  guard: RequestHandler,
  maxBodyBytes: number,
): Router {
  const router = Router();
  router.post('/api/v1/kserve', guard, rawBody(maxBodyBytes), async (req, res) => {
    refuseStructuredMode(req.get('content-type'));
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const answer = await receiver.receive((name) => req.get(name), body);
    res.status(200).json(answer);
  });
  return router;
}
