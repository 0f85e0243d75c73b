/**
 * Pushes stored annotations to Grafana's HTTP API (`POST /api/annotations`), in the background: the
 * store is the queue (annotations are stored `pending` first), so nothing waits for Grafana, and what
 * could not be pushed before a restart is pushed after it. Failures are retried with exponential
 * backoff, capped, for a bounded number of attempts; a refusal that cannot succeed later (400, 404, 413,
 * 422) stops at once. The annotation stays in mlhealth's store either way.
 */
import { grafanaAnnotationBody } from './grafanaFormat';
import { grafanaTargetFrom, type GrafanaSettings, type GrafanaTarget } from './grafanaTarget';
import type { PendingPush } from './types';

/** The part of the store the pusher uses (`store/Store` has it). */
export interface PushQueue {
  pendingGrafanaPushes(limit: number): PendingPush[];
  markGrafanaPushed(id: number, grafanaId: number | null): void;
  markGrafanaPushFailed(id: number, error: string, final: boolean): void;
}

export interface PusherOptions {
  /** Attempts per annotation before it is marked failed. */
  maxAttempts: number;
  /** First retry delay; doubles each attempt up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Per request. */
  timeoutMs: number;
  /** How often the queue is re-read when nothing wakes the pusher. */
  idlePollMs: number;
  log: (line: string) => void;
}

export const DEFAULT_PUSHER_OPTIONS: PusherOptions = {
  maxAttempts: 10,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 5000,
  idlePollMs: 30_000,
  log: () => undefined,
};

type Outcome =
  { kind: 'pushed' } | { kind: 'failed' } | { kind: 'retry'; delayMs: number } | { kind: 'stopped' };

/** The delay before retry number `attempt` (1-based): base × 2^(attempt−1), at most `max`. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** 4xx answers that will not change on retry; 401/403 (a token being fixed), 408 and 429 are retried. */
function isPermanent(status: number): boolean {
  return status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status);
}

/**
 * The pusher for these Grafana settings (`--grafana-url` and friends), or null when no URL is set.
 * @throws UsageError naming the setting (grafanaTarget.ts).
 */
export function grafanaPusherFor(
  settings: GrafanaSettings,
  queue: PushQueue,
  log: (line: string) => void,
): GrafanaPusher | null {
  const target = grafanaTargetFrom(settings);
  return target === null ? null : new GrafanaPusher(queue, target, { log });
}

export class GrafanaPusher {
  private readonly options: PusherOptions;
  private readonly abort = new AbortController();
  private running: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private stopped = false;
  private readonly counts = { pushed: 0, failed: 0, retried: 0 };

  constructor(
    private readonly queue: PushQueue,
    private readonly target: GrafanaTarget,
    options: Partial<PusherOptions> = {},
  ) {
    this.options = { ...DEFAULT_PUSHER_OPTIONS, ...options };
  }

  /** Starts pushing in the background (annotations left pending by a previous run included). */
  start(): void {
    this.running ??= this.loop();
  }

  /** New annotations were stored: push them now rather than at the next poll. */
  notify(): void {
    this.wake?.();
  }

  /** Stops after the request in flight (aborted); what is left stays pending for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    this.wake?.();
    await this.running;
  }

  stats(): { pushed: number; failed: number; retried: number } {
    return { ...this.counts };
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const pending = this.queue.pendingGrafanaPushes(20);
      if (pending.length === 0) {
        await this.pause(this.options.idlePollMs);
        continue;
      }
      for (const p of pending) {
        const outcome = await this.push(p);
        if (outcome.kind === 'stopped') return;
        if (outcome.kind === 'retry') {
          // Grafana is one target: when it fails, the rest of the queue waits with this annotation.
          await this.pause(outcome.delayMs);
          break;
        }
      }
    }
  }

  /** Resolves after `ms`, on `notify()`, or on `stop()`. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.stopped) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.wake = done;
    });
  }

  private async push(p: PendingPush): Promise<Outcome> {
    try {
      const res = await fetch(`${this.target.url}/api/annotations`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${this.target.token()}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        body: JSON.stringify(grafanaAnnotationBody(p.annotation, this.target)),
        signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      const text = await res.text();
      if (res.ok) {
        const id = (JSON.parse(text || 'null') as { id?: unknown } | null)?.id;
        this.queue.markGrafanaPushed(p.annotation.id, typeof id === 'number' ? id : null);
        this.counts.pushed++;
        return { kind: 'pushed' };
      }
      return this.failed(
        p,
        `HTTP ${res.status}: ${text.slice(0, 200)}`,
        isPermanent(res.status),
        retryAfterMs(res.headers.get('retry-after')),
      );
    } catch (err) {
      if (this.stopped) return { kind: 'stopped' };
      return this.failed(p, err instanceof Error ? err.message : String(err), false, null);
    }
  }

  private failed(p: PendingPush, error: string, permanent: boolean, retryAfter: number | null): Outcome {
    const attempt = p.attempts + 1;
    const final = permanent || attempt >= this.options.maxAttempts;
    this.queue.markGrafanaPushFailed(p.annotation.id, error, final);
    this.options.log(
      `mlhealth: grafana annotation push ${p.annotation.id} failed (attempt ${attempt}${final ? ', giving up' : ''}): ${error}`,
    );
    if (final) {
      this.counts.failed++;
      return { kind: 'failed' };
    }
    this.counts.retried++;
    const delay = backoffDelay(attempt, this.options.baseDelayMs, this.options.maxDelayMs);
    return { kind: 'retry', delayMs: Math.min(this.options.maxDelayMs, Math.max(delay, retryAfter ?? 0)) };
  }
}

/** `Retry-After` in seconds as milliseconds (the HTTP-date form is ignored). */
function retryAfterMs(header: string | null): number | null {
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}
