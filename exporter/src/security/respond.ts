/**
 * The security layer's refusals, in the API's one error shape `{error, details: [{path, message}]}`
 * (server/errors.ts). Middlewares answer directly instead of throwing, so a refusal never reaches a
 * route, a body parser or the log.
 */
import type { Response } from 'express';
import type { Problem } from '../spec/problem';

/** Sends `status` with `{error, details}` as JSON. */
export function refuse(res: Response, status: number, error: string, details: Problem[]): void {
  const body: { error: string; details: Problem[] } = { error, details };
  res.status(status).json(body);
}
