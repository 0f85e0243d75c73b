/**
 * The scraper of the load benchmark: reads `/metrics` on a fixed period, as Prometheus would, and
 * keeps what each scrape took and the exporter's own figures at that moment (RSS, heap, ingest
 * counters). One scrape at a time: a slow answer delays the next tick rather than piling up.
 */
export interface ScrapeSample {
  /** Seconds since the scraper was made. */
  at: number;
  status: number;
  ms: number;
  rss: number;
  heap: number;
  /** Sum of `mlhealth_ingest_events_total` over models. */
  accepted: number;
  /** Sum of `mlhealth_ingest_rejected_events_total` over models and reasons. */
  rejected: number;
}

/** The sum of every sample of `name` (with or without labels) in an exposition; 0 when absent. */
export function sumSeries(text: string, name: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== ' ' && rest[0] !== '{') continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

export class Scraper {
  readonly samples: ScrapeSample[] = [];
  private readonly started = performance.now();
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;

  constructor(private readonly url: string) {}

  /** One scrape now. A failed request is a sample with status 0. */
  async sample(): Promise<ScrapeSample> {
    const begin = performance.now();
    let status = 0;
    let text = '';
    try {
      const res = await fetch(`${this.url}/metrics`, { signal: AbortSignal.timeout(10_000) });
      status = res.status;
      text = await res.text();
    } catch {
      status = 0;
    }
    const end = performance.now();
    return {
      at: (end - this.started) / 1000,
      status,
      ms: end - begin,
      rss: sumSeries(text, 'process_resident_memory_bytes'),
      heap: sumSeries(text, 'nodejs_heap_size_used_bytes'),
      accepted: sumSeries(text, 'mlhealth_ingest_events_total'),
      rejected: sumSeries(text, 'mlhealth_ingest_rejected_events_total'),
    };
  }

  /** Scrapes every `periodMs` until `stop()`, skipping a tick while the previous scrape runs. */
  start(periodMs: number): void {
    this.timer = setInterval(() => {
      if (this.inFlight !== null) return;
      this.inFlight = this.sample().then((s) => {
        this.samples.push(s);
        this.inFlight = null;
      });
    }, periodMs);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** Waits for a scrape in flight. */
  async settled(): Promise<void> {
    await this.inFlight;
  }
}
