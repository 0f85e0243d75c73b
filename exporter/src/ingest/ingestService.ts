/**
 * The write side of the exporter: validates a request body with the ingest layer, applies it whole to
 * the model's monitor (or refuses it whole), and counts accepted and rejected events for the self
 * series. The HTTP routes and the built-in demo both go through here, so the demo exercises the real
 * path. With a data directory every accepted write goes through the durable store first
 * (`DurabilityPort`): it is committed to disk, then applied, then answered (docs/durability.md).
 */
import type { Problem } from '../spec/problem';
import { parseBatchBody } from './parseBody';
import { DEFAULT_INGEST_LIMITS, type IngestLimits, type Rejection } from './types';
import { validateEvents } from './validateEvents';
import { validateLabels } from './validateLabels';
import { validateReferenceRows } from './validateReference';
import { multivariateReservoir } from '../signals/layout';
import { buildReferenceProfile } from '../signals/reference';
import { DEFAULT_MONITOR_OPTIONS } from '../signals/types';
import type { ModelSpec } from '../spec/types';

import { parseGovernance, parsePolicyViolations } from './governanceBody';
import type { MonitorPort } from '../signals/monitorPort';
import { IngestError } from './errors';

import type {
  DurabilityPort,
  IngestAnswer,
  IngestPort,
  IngestTarget,
  IngestTotals,
  LogOperation,
  ModelRouter,
  ReferenceListener,
} from './ports';
import { modelLimitProblem } from './limits';

/** A refused batch as an HTTP error: 413 for a batch over the size limit, else 422. */
function rejectionError(what: string, r: Rejection): IngestError {
  const tooLarge = (r.reasons.too_many_events ?? 0) > 0;
  const message = tooLarge ? `${what} batch too large` : `invalid ${what}`;
  return new IngestError(tooLarge ? 'too_large' : 'invalid', `${message}: nothing was applied`, r.details);
}

/** The items of a JSON array or NDJSON body; a body that cannot be read is a 400. */
function readItems(body: unknown): { items: unknown[]; lines: number[] | null; rejection?: Rejection } {
  if (typeof body === 'string' && body.trim() === '') {
    const details = [{ path: '$', message: 'empty body: expected a JSON array or NDJSON' }];
    return { items: [], lines: null, rejection: { ok: false, details, reasons: { malformed: 1 }, total: 0 } };
  }
  const parsed = parseBatchBody(body);
  if (parsed.ok) return { items: parsed.items, lines: parsed.lines };
  const rejection: Rejection = {
    ok: false,
    details: parsed.details,
    reasons: parsed.reasons,
    total: parsed.total,
  };
  return { items: [], lines: null, rejection };
}

function malformed(what: string, r: Rejection): IngestError {
  return new IngestError('malformed', `malformed ${what} body: nothing was applied`, r.details);
}

export class IngestService implements IngestPort {
  private readonly accepted = new Map<string, number>();
  private readonly rejected = new Map<string, Map<string, number>>();

  constructor(
    private readonly engine: IngestTarget,
    private readonly clock: () => number,
    private readonly limits: Partial<IngestLimits> = {},
    private readonly durability: DurabilityPort | null = null,
    /** A sharded exporter's router (docs/scale-out.md): writes for other shards' models answer 421. */
    private readonly router: ModelRouter | null = null,
  ) {}

  route(modelId: string): void {
    this.resolve(modelId);
  }

  /** Logs the write durably (when there is a store), then applies it; resolves after both. */
  private persist<T>(model: string, op: LogOperation, at: number, apply: () => T): Promise<T> {
    return this.durability === null ? Promise.resolve(apply()) : this.durability.commit(model, op, at, apply);
  }

  private readonly referenceListeners: ReferenceListener[] = [];

  /** Tells `listener` the validated rows of every reference upload this service accepts. */
  onReferenceAccepted(listener: ReferenceListener): void {
    this.referenceListeners.push(listener);
  }

  /** Sets the accepted-event counts restored from the store at start-up. */
  restoreAccepted(counts: ReadonlyMap<string, number>): void {
    for (const [model, n] of counts) this.accepted.set(model, n);
  }

  private resolve(modelId: string): { model: ModelSpec; monitor: MonitorPort } {
    const model = this.engine.spec.models.find((m) => m.id === modelId);
    const monitor = this.engine.monitor(modelId);
    const elsewhere = model === undefined ? null : (this.router?.(modelId) ?? null);
    if (elsewhere !== null)
      throw new IngestError('misdirected', 'misdirected: this exporter shard does not serve the model', [
        { path: ':model', message: elsewhere },
      ]);
    if (model === undefined || monitor === undefined) {
      const known = this.engine.spec.models.map((m) => m.id).join(', ');
      throw new IngestError('unknown_model', 'unknown model', [
        { path: ':model', message: `no model '${modelId}' in the spec (models: ${known})` },
      ]);
    }
    const overLimit = modelLimitProblem(
      this.servedModels(),
      modelId,
      this.limits.maxModels ?? DEFAULT_INGEST_LIMITS.maxModels,
    );
    if (overLimit !== null) {
      this.countRejected(modelId, { [overLimit.reason]: 1 });
      throw new IngestError('invalid', 'model over the limit: nothing was applied', [
        { path: overLimit.path, message: overLimit.message },
      ]);
    }
    return { model, monitor };
  }

  private served: { spec: unknown; ids: string[] } | null = null;

  /** The ids of the models this exporter serves, in spec order (a shard counts its own against --max-models). */
  private servedModels(): string[] {
    const spec = this.engine.spec;
    if (this.served?.spec !== spec) {
      const ids = spec.models.map((m) => m.id).filter((id) => (this.router?.(id) ?? null) === null);
      this.served = { spec, ids };
    }
    return this.served.ids;
  }

  private countRejected(model: string, reasons: Rejection['reasons']): void {
    let byReason = this.rejected.get(model);
    if (byReason === undefined) this.rejected.set(model, (byReason = new Map()));
    for (const [reason, n] of Object.entries(reasons))
      byReason.set(reason, (byReason.get(reason) ?? 0) + (n ?? 0));
  }

  async events(modelId: string, body: unknown): Promise<IngestAnswer> {
    const { model, monitor } = this.resolve(modelId);
    const { items, lines, rejection } = readItems(body);
    if (rejection !== undefined) {
      this.countRejected(modelId, rejection.reasons);
      throw malformed('events', rejection);
    }
    const r = validateEvents(model, items, {
      limits: this.limits,
      trackedCategories: (f) => monitor.trackedCategories(f),
    });
    if (!r.ok) {
      this.countRejected(modelId, r.reasons);
      throw rejectionError('events', withLines(r, lines));
    }
    const now = this.clock();
    const summary = await this.persist(modelId, { kind: 'events', events: r.events }, now, () => {
      const applied = monitor.ingest(r.events, now);
      this.accepted.set(modelId, (this.accepted.get(modelId) ?? 0) + applied.accepted);
      return applied;
    });
    return { model: modelId, accepted: summary.accepted, outside_window: summary.outsideWindow };
  }

  async labels(modelId: string, body: unknown): Promise<IngestAnswer> {
    const { model, monitor } = this.resolve(modelId);
    const { items, lines, rejection } = readItems(body);
    if (rejection !== undefined) throw malformed('labels', rejection);
    const r = validateLabels(items, model.task, this.limits);
    if (!r.ok) throw rejectionError('labels', withLines(r, lines));
    const now = this.clock();
    const summary = await this.persist(modelId, { kind: 'labels', labels: r.labels }, now, () =>
      monitor.ingestLabels(r.labels, now),
    );
    return {
      model: modelId,
      accepted: r.labels.length,
      joined: summary.joined,
      unmatched: summary.unmatched,
    };
  }

  async reference(modelId: string, body: unknown): Promise<IngestAnswer> {
    const { model, monitor } = this.resolve(modelId);
    const { items, lines, rejection } = readItems(body);
    if (rejection !== undefined) throw malformed('reference', rejection);
    const r = validateReferenceRows(model, items, this.limits);
    if (!r.ok) throw rejectionError('reference', withLines(r, lines));
    const now = this.clock();
    const rowSample = multivariateReservoir(this.engine.spec.nodes.filter((n) => n.model === modelId));
    const profile = buildReferenceProfile(model, r.rows, now, { ...DEFAULT_MONITOR_OPTIONS, rowSample });
    monitor.setReference(profile, now);
    this.durability?.referenceChanged(modelId, profile, now);
    for (const listener of this.referenceListeners) listener(model, r.rows);
    this.engine.markDirty();
    return { model: modelId, rows: r.rows.length, taken_at: now };
  }

  async governance(modelId: string, body: unknown): Promise<IngestAnswer> {
    const { monitor } = this.resolve(modelId);
    const facts = parseGovernance(body);
    await this.persist(modelId, { kind: 'facts', facts }, this.clock(), () => monitor.setModelFacts(facts));
    this.engine.markDirty();
    return {
      model: modelId,
      ...(facts.version !== undefined ? { version: facts.version } : {}),
      ...(facts.trainedAt !== undefined ? { trained_at: facts.trainedAt } : {}),
    };
  }

  async policyViolations(modelId: string, body: unknown): Promise<IngestAnswer> {
    const { monitor } = this.resolve(modelId);
    const max = this.limits.maxEventsPerBatch ?? DEFAULT_INGEST_LIMITS.maxEventsPerBatch;
    const count = parsePolicyViolations(body, max);
    const now = this.clock();
    await this.persist(modelId, { kind: 'violations', count }, now, () =>
      monitor.recordPolicyViolation(now, count),
    );
    this.engine.markDirty();
    return { model: modelId, recorded: count };
  }

  /** Accepted (restored from the store at start-up) and rejected (since start) event counts, for the self series. */
  totals(): IngestTotals {
    return { accepted: this.accepted, rejected: this.rejected };
  }
}

/** Adds the NDJSON line of each problem's item to its message (`[k]…` → `(line n)`). */
function withLines(r: Rejection, lines: number[] | null): Rejection {
  if (lines === null) return r;
  const details: Problem[] = r.details.map((d) => {
    const m = /^\[(\d+)\]/.exec(d.path);
    const line = m === null ? undefined : lines[Number(m[1])];
    return line === undefined ? d : { path: d.path, message: `${d.message} (line ${line})` };
  });
  return { ...r, details };
}
