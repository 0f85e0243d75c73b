/**
 * The KServe InferenceLogger receiver behind `POST /api/v1/kserve`: reads each CloudEvent (headers and
 * v1/v2 body), finds the model its InferenceService is (`models[].kserve.name`, else the model id),
 * keeps the first half of each inference in a bounded `PendingJoin` until the other arrives, then hands
 * the joined events to the write side's `IngestPort.events` — the path of
 * `POST /api/v1/models/{model}/events`, so validation, limits, durability and counting are the same.
 * Every CloudEvent is counted once by what became of it (`KSERVE_RESULTS`). Time comes from the clock
 * it is given. docs/integrations/kserve.md has the mapping.
 */
import type { Spec } from '../../spec/types';
import type { ModelSpec } from '../../spec/types';
import { IngestError } from '../errors';
import type { IngestAnswer, IngestPort } from '../ports';
import { joinKeyOf, readCloudEvent, type HeaderReader, type KserveEventHead } from './cloudEvent';
import { inKserveTerms, joinEvents, type InferencePair } from './joinEvents';
import { DEFAULT_PENDING_JOIN, PendingJoin, type PendingJoinOptions } from './pendingJoin';
import { decodeRequest, type FeatureRows } from './requestPayload';
import { decodeResponse, type PredictionRows } from './responsePayload';

/**
 * What became of a CloudEvent, the `result` label of `mlhealth_kserve_events_total`: `joined` (both
 * halves of an inference whose events were accepted), `late` (its other half had expired or been
 * evicted), `duplicate` (the same half again), `unmatched_request` / `unmatched_response` (waited past
 * the TTL alone), `evicted` (pushed out of a full waiting room), `rejected` (refused with a 4xx, or the
 * other half of a pair that was).
 */
export const KSERVE_RESULTS = [
  'joined',
  'late',
  'duplicate',
  'unmatched_request',
  'unmatched_response',
  'evicted',
  'rejected',
] as const;

export type KserveResult = (typeof KSERVE_RESULTS)[number];

/** The receiver's counters and waiting halves, for the self series. */
export interface KserveStats {
  events: Readonly<Record<KserveResult, number>>;
  /** Halves waiting for their other half. */
  pending: number;
}

/** What the exposition reads: whether the receiver is in use, and its counters. */
export interface KserveStatsSource {
  /** True once a CloudEvent arrived, or from the start when a model declares `kserve`. */
  active(): boolean;
  stats(): KserveStats;
}

/** What the HTTP route calls: one CloudEvent in, the JSON answer out (rejects with `IngestError`). */
export interface KservePort {
  receive(header: HeaderReader, body: Buffer): Promise<IngestAnswer>;
}

type Half =
  | { head: KserveEventHead; model: ModelSpec; side: 'request'; rows: FeatureRows }
  | { head: KserveEventHead; model: ModelSpec; side: 'response'; rows: PredictionRows };

function parseJson(body: Buffer): unknown {
  const text = body.toString('utf8');
  if (text.trim() === '')
    throw new IngestError('malformed', 'empty CloudEvent body: nothing was applied', [
      { path: '$', message: 'expected the JSON payload of a KServe inference request or response' },
    ]);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new IngestError('malformed', 'malformed CloudEvent body: nothing was applied', [
      { path: '$', message: `invalid JSON: ${(err as Error).message}` },
    ]);
  }
}

export class KserveReceiver implements KservePort, KserveStatsSource {
  private readonly pending: PendingJoin<Half>;
  private readonly counted = { joined: 0, late: 0, duplicate: 0, rejected: 0 };
  private received = 0;

  constructor(
    private readonly spec: () => Spec,
    private readonly ingest: IngestPort,
    private readonly clock: () => number,
    options: Partial<PendingJoinOptions> = {},
  ) {
    this.pending = new PendingJoin<Half>({ ...DEFAULT_PENDING_JOIN, ...options });
  }

  /**
   * The model whose InferenceService is `service`, or 404 naming `ce-inferenceservicename`; 421 when
   * another exporter shard serves it.
   */
  private modelOf(service: string): ModelSpec {
    const models = this.spec().models;
    const model = models.find((m) => (m.kserve?.name ?? m.id) === service);
    if (model !== undefined) {
      // Another shard's model is refused (421) before its half waits for the other one.
      this.ingest.route?.(model.id);
      return model;
    }
    const known = models.map((m) => m.kserve?.name ?? m.id).join(', ');
    throw new IngestError('unknown_model', 'unknown InferenceService', [
      {
        path: 'ce-inferenceservicename',
        message: `no model answers to '${service}' (models[].kserve.name, else the model id: ${known})`,
      },
    ]);
  }

  /** Reads one CloudEvent; a refused one is counted, and so is the waiting other half it takes along. */
  private read(header: HeaderReader, body: Buffer, now: number): Half {
    let head: KserveEventHead | null = null;
    try {
      head = readCloudEvent(header);
      const model = this.modelOf(head.service);
      const payload = parseJson(body);
      return head.side === 'request'
        ? { head, model, side: 'request', rows: decodeRequest(payload, model) }
        : { head, model, side: 'response', rows: decodeResponse(payload, model) };
    } catch (err) {
      this.counted.rejected++;
      if (head !== null && this.pending.discard(joinKeyOf(head), now)) this.counted.rejected++;
      throw err;
    }
  }

  async receive(header: HeaderReader, body: Buffer): Promise<IngestAnswer> {
    const now = this.clock();
    this.received++;
    const half = this.read(header, body, now);
    const key = joinKeyOf(half.head);
    const offer = this.pending.offer(key, half.side, half, body.length, now);
    const answer = { id: half.head.id, type: half.side };
    switch (offer.kind) {
      case 'pending':
        return { ...answer, status: 'pending' };
      case 'matched':
        return { ...answer, ...(await this.join(key, half, offer.partner, now)) };
      case 'duplicate':
        return this.count('duplicate', answer);
      case 'settled':
        if (offer.settled === 'joined') return this.count('duplicate', answer);
        if (offer.settled === 'expired') return this.count('late', answer);
    }
    this.counted.rejected++;
    throw new IngestError('invalid', 'the other half of this inference was refused: nothing was applied', [
      { path: 'ce-id', message: `the other half of '${half.head.id}' was refused earlier (see its answer)` },
    ]);
  }

  private count(result: 'duplicate' | 'late', answer: IngestAnswer): IngestAnswer {
    this.counted[result]++;
    return { ...answer, status: result };
  }

  /** Joins the two halves and writes their events; both halves count as joined, or both as rejected. */
  private async join(key: string, half: Half, partner: Half, now: number): Promise<IngestAnswer> {
    const [request, response] = half.side === 'request' ? [half, partner] : [partner, half];
    if (request.side !== 'request' || response.side !== 'response')
      throw new Error(
        `KserveReceiver.join: halves of '${key}' are both ${half.side}s, expected a request and a response`,
      );
    const pair: InferencePair = {
      id: request.head.id,
      requestTime: request.head.time,
      responseTime: response.head.time,
      features: request.rows,
      predictions: response.rows,
    };
    try {
      const answer = await this.ingest.events(request.model.id, joinEvents(pair));
      this.counted.joined += 2;
      return { status: 'joined', ...answer };
    } catch (err) {
      this.counted.rejected += 2;
      this.pending.settle(key, 'rejected', now);
      throw inKserveTerms(err, pair);
    }
  }

  active(): boolean {
    return this.received > 0 || this.spec().models.some((m) => m.kserve !== undefined);
  }

  /** The counters, after expiring the halves that waited past the TTL. */
  stats(): KserveStats {
    this.pending.sweep(this.clock());
    const { expired, evicted } = this.pending.counts();
    return {
      events: {
        ...this.counted,
        unmatched_request: expired.request,
        unmatched_response: expired.response,
        evicted,
      },
      pending: this.pending.size,
    };
  }
}
