/**
 * `POST /api/v1/calibrate` (admin): a calibration PROPOSAL for the live spec — thresholds of nodes with
 * a `derive` rule re-derived from the model's current reference (`reference_chunks`) or from the node's
 * own history in the engine (`history_quantile`), and the spec text with them and a bumped version.
 * Nothing live changes: monitoring is kept as code, so the caller commits `spec_yaml` and restarts.
 * Body (optional): `{nodes?: string[], now?: ISO-8601}`.
 */
import express, { Router, type RequestHandler } from 'express';
import type { CascadeSnapshot } from '../../cascade/types';
import { parseTimestamp } from '../../spec';
import type { Spec } from '../../spec/types';
import { NothingToCalibrate, proposeCalibration } from '../../spec/calibrate/proposal';
import type { RowsOutcome } from '../../dataset/referenceRows';
import type { ApiError, RouterOptions } from './live';
import { bodyErrors } from './scenarios';

export interface CalibrateSource {
  /** The live spec (node ids checked against it). */
  spec: () => Spec;
  /** The live spec file's text and name. */
  specText: () => { text: string; file: string };
  /** Past snapshots, oldest first (`Engine.history()`). */
  history: () => readonly CascadeSnapshot[];
  /** The current reference rows of a model (`ReferenceRowsKeeper.rowsOf`). */
  rowsOf: (model: string) => Promise<RowsOutcome>;
  /** Unix seconds (the default calibration time). */
  clock: () => number;
}

interface CalibrateRequest {
  nodes?: string[];
  at: number;
}

const open: RequestHandler = (_req, _res, next) => next();

/** The request, or every problem with the body. Throws nothing. */
export function parseCalibrateRequest(
  body: unknown,
  spec: Spec,
  now: number,
): { ok: true; request: CalibrateRequest } | { ok: false; issues: ApiError['details'] } {
  const issues: ApiError['details'] = [];
  const value = body === undefined || body === null || body === '' ? {} : body;
  if (typeof value !== 'object' || Array.isArray(value))
    return { ok: false, issues: [{ path: '', message: 'expected a JSON object' }] };
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (key !== 'nodes' && key !== 'now')
      issues.push({ path: key, message: 'unknown key (expected nodes, now)' });
  let at = now;
  if (record.now !== undefined) {
    try {
      if (typeof record.now !== 'string') throw new Error();
      at = parseTimestamp(record.now);
    } catch {
      issues.push({
        path: 'now',
        message: `expected an ISO-8601 time with a zone, got ${JSON.stringify(record.now)}`,
      });
    }
  }
  const nodes = record.nodes;
  if (nodes !== undefined) {
    if (!Array.isArray(nodes) || nodes.length === 0)
      issues.push({ path: 'nodes', message: 'expected a non-empty array of node ids' });
    else nodes.forEach((id, i) => issues.push(...nodeIssue(id, i, spec)));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, request: { nodes: nodes as string[] | undefined, at } };
}

function nodeIssue(id: unknown, i: number, spec: Spec): ApiError['details'] {
  const path = `nodes[${i}]`;
  if (typeof id !== 'string') return [{ path, message: 'expected a node id (string)' }];
  const node = spec.nodes.find((n) => n.id === id);
  if (node === undefined) return [{ path, message: `no node '${id}' in spec ${spec.name}` }];
  if (node.thresholds?.derive === undefined)
    return [{ path, message: `node '${id}' declares no thresholds.derive rule` }];
  return [];
}

function postCalibrate(source: CalibrateSource): RequestHandler {
  return async (req, res) => {
    const parsed = parseCalibrateRequest(req.body, source.spec(), source.clock());
    if (!parsed.ok) {
      const body: ApiError = { error: 'invalid calibration request', details: parsed.issues };
      res.status(400).json(body);
      return;
    }
    const { text, file } = source.specText();
    try {
      const proposal = await proposeCalibration({
        text,
        file,
        history: source.history(),
        rowsOf: source.rowsOf,
        nodes: parsed.request.nodes,
        at: parsed.request.at,
      });
      res.json(proposal);
    } catch (err) {
      if (!(err instanceof NothingToCalibrate)) throw err;
      const body: ApiError = { error: err.message, details: err.details };
      res.status(409).json(body);
    }
  };
}

/**
 * The calibrate route: 200 with the proposal, 400 for a bad body, 409 when nothing can be calibrated
 * (details name each node and why). Mount with `guard('admin')`.
 * @example app.use(createCalibrateRouter(source, { guard: guard('admin') }))
 */
export function createCalibrateRouter(source: CalibrateSource, options: RouterOptions = {}): Router {
  const router = Router();
  const guard = options.guard ?? open;
  const json = express.json({ limit: options.maxBodyBytes ?? 64 * 1024, type: () => true, strict: false });
  router.post('/api/v1/calibrate', guard, json, postCalibrate(source));
  router.use('/api/v1/calibrate', bodyErrors);
  return router;
}
