/**
 * Polls every PromQL query the spec needs (promql base nodes and business exposures read from a
 * series), each on its node's cadence, and keeps the last answer, when it came and whether the source
 * is up. Scrapes and evaluations only read what is kept (`reading`, `sourceStatus`), so a slow or
 * broken Prometheus never blocks or fails them.
 */
import type { PromqlReading, PromqlReadings } from '../signals/evaluateBaseNodes';
import type { Spec } from '../spec/types';
import { pollKey as key, pollTargets } from './pollTargets';
import type { PollTarget } from './pollTargets';
import type { SecretAccess } from './credentials';
import { authorizationHeader } from './credentials';
import { queryPromql } from './promqlClient';
import type { PromqlResult } from './promqlResponse';

interface TargetState {
  result: PromqlResult | null;
  /** Unix seconds of the last successful answer. */
  observedAt: number | null;
  lastAttemptAt: number | null;
  inFlight: Promise<void> | null;
}

export interface SourceStatus {
  source: string;
  /** The source answered its last query (false before any answer). */
  up: boolean;
  reason?: string;
  lastSuccessAt: number | null;
}

export interface SourceManagerOptions {
  secrets: SecretAccess;
  /** The clock, Unix seconds. */
  clock: () => number;
  fetch?: typeof fetch;
  /** How often `start()` looks for due polls, ms. Default 1000. */
  tickMs?: number;
}

export class SourceManager implements PromqlReadings {
  private readonly targets: PollTarget[];
  private readonly states = new Map<string, TargetState>();
  private readonly lastBySource = new Map<string, { result: PromqlResult; at: number }>();
  private timer: NodeJS.Timeout | null = null;
  private stopping = new AbortController();

  constructor(
    private readonly spec: Spec,
    private readonly options: SourceManagerOptions,
  ) {
    this.targets = pollTargets(spec);
    for (const t of this.targets)
      this.states.set(key(t.source.id, t.query), {
        result: null,
        observedAt: null,
        lastAttemptAt: null,
        inFlight: null,
      });
  }

  /** Polls due targets every `tickMs` until `stop()`; the timer does not keep the process alive. */
  start(): void {
    if (this.timer !== null) return;
    if (this.stopping.signal.aborted) this.stopping = new AbortController();
    void this.pollDue();
    this.timer = setInterval(() => void this.pollDue(), this.options.tickMs ?? 1000);
    this.timer.unref();
  }

  /** Stops polling and cancels queries in flight. */
  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.stopping.abort();
  }

  /** Polls every target whose cadence has elapsed and that is not already in flight. */
  pollDue(): Promise<void> {
    const now = this.options.clock();
    const due = this.targets.filter((t) => {
      const s = this.states.get(key(t.source.id, t.query))!;
      return s.inFlight === null && (s.lastAttemptAt === null || now - s.lastAttemptAt >= t.cadence);
    });
    return Promise.all(due.map((t) => this.poll(t))).then(() => undefined);
  }

  /** Polls every target now (awaiting queries already in flight instead of doubling them). */
  pollAll(): Promise<void> {
    return Promise.all(
      this.targets.map((t) => this.states.get(key(t.source.id, t.query))!.inFlight ?? this.poll(t)),
    ).then(() => undefined);
  }

  private poll(target: PollTarget): Promise<void> {
    const state = this.states.get(key(target.source.id, target.query))!;
    state.lastAttemptAt = this.options.clock();
    const run = async () => {
      const auth = authorizationHeader(target.source, this.options.secrets);
      const result: PromqlResult = auth.ok
        ? await queryPromql(
            {
              url: target.source.url,
              query: target.query,
              timeoutSeconds: target.source.timeout,
              authorization: auth.header,
              signal: this.stopping.signal,
            },
            this.options.fetch,
          )
        : { ok: false, kind: 'auth', message: auth.message };
      const at = this.options.clock();
      state.result = result;
      if (result.ok) state.observedAt = at;
      this.lastBySource.set(target.source.id, { result, at });
    };
    state.inFlight = run().finally(() => {
      state.inFlight = null;
    });
    return state.inFlight;
  }

  /** The last reading of a (source, query) pair; undefined when the spec does not poll it. */
  reading(source: string, query: string): PromqlReading | undefined {
    const state = this.states.get(key(source, query));
    if (state === undefined) return undefined;
    const r = state.result;
    if (r === null) return { value: null, observedAt: null, up: false, reason: 'not polled yet' };
    if (!r.ok)
      return { value: null, observedAt: state.observedAt, up: false, reason: `${r.kind}: ${r.message}` };
    return r.value === null
      ? { value: null, observedAt: state.observedAt, up: true, reason: r.reason }
      : { value: r.value, observedAt: state.observedAt, up: true };
  }

  /** Every declared source: up when its last answered query succeeded (`mlhealth_source_up`). */
  sourceStatus(): SourceStatus[] {
    return this.spec.sources.map((s) => {
      const last = this.lastBySource.get(s.id);
      const lastSuccessAt = Math.max(
        -Infinity,
        ...this.targets
          .filter((t) => t.source.id === s.id)
          .map((t) => this.states.get(key(s.id, t.query))!.observedAt ?? -Infinity),
      );
      const success = Number.isFinite(lastSuccessAt) ? lastSuccessAt : null;
      if (last === undefined)
        return {
          source: s.id,
          up: false,
          reason: this.targets.some((t) => t.source.id === s.id)
            ? 'not polled yet'
            : 'no node reads this source',
          lastSuccessAt: success,
        };
      return last.result.ok
        ? { source: s.id, up: true, lastSuccessAt: success }
        : {
            source: s.id,
            up: false,
            reason: `${last.result.kind}: ${last.result.message}`,
            lastSuccessAt: success,
          };
    });
  }

  /** Exposure values of business nodes that read a series (CascadeInputs.exposures); null when unknown. */
  exposures(): Map<string, number | null> {
    const out = new Map<string, number | null>();
    for (const node of this.spec.nodes) {
      const exposure = node.impact?.exposure;
      if (exposure && 'source' in exposure)
        out.set(node.id, this.reading(exposure.source, exposure.query)?.value ?? null);
    }
    return out;
  }

  /** The targets polled, for diagnostics. */
  pollTargets(): readonly PollTarget[] {
    return this.targets;
  }
}
