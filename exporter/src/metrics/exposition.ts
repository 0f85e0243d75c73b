/**
 * Renders a registry the way `registry.metrics()` does (prom-client formats and escapes every family),
 * but keeps the text of each versioned `SnapshotFamily` until its version changes. The cascade and
 * detail families change only when the engine evaluates, so most scrapes reuse their text and only the
 * live families (ingest counters, process metrics) are formatted again; `prepare()` formats the changed
 * ones ahead of the next scrape, right after an evaluation.
 */
import type { Registry } from 'prom-client';
import { SnapshotFamily } from './family';

interface CachedText {
  version: unknown;
  text: string;
}

export class CachedExposition {
  private readonly cache = new Map<string, CachedText>();
  private preparing: Promise<void> | null = null;

  constructor(private readonly registry: Registry) {}

  private async familyText(metric: unknown, name: string): Promise<string> {
    if (!(metric instanceof SnapshotFamily) || metric.version === undefined) {
      return this.registry.getSingleMetricAsString(name);
    }
    const version = metric.version();
    const hit = this.cache.get(name);
    if (hit !== undefined && hit.version === version) return hit.text;
    const text = await this.registry.getSingleMetricAsString(name);
    this.cache.set(name, { version, text });
    return text;
  }

  /** Formats every versioned family whose version changed, so the next scrape finds it ready. */
  prepare(): Promise<void> {
    const run = async () => {
      for (const metric of this.registry.getMetricsAsArray() as unknown[]) {
        if (metric instanceof SnapshotFamily && metric.version !== undefined)
          await this.familyText(metric, metric.name);
      }
    };
    this.preparing = (this.preparing ?? Promise.resolve()).then(run, run);
    return this.preparing;
  }

  /** The exposition text, identical to `registry.metrics()` in the Prometheus text format. */
  async render(): Promise<string> {
    if (this.preparing !== null) await this.preparing;
    const parts: string[] = [];
    for (const metric of this.registry.getMetricsAsArray())
      parts.push(await this.familyText(metric, metric.name));
    return `${parts.join('\n\n')}\n`;
  }
}
