/**
 * A metric family whose samples are computed at scrape time from state the exporter already holds
 * (the last cascade snapshot, a model's totals). prom-client renders it like its own metrics (HELP, TYPE,
 * label escaping) but nothing is stored per label set, so series of vanished nodes disappear by
 * themselves and a scrape costs one pass over precomputed arrays.
 */
import type { Registry } from 'prom-client';
import type { MetricDef } from './names';

export type FamilyType = 'gauge' | 'counter' | 'histogram';

/** One sample: label values by label name and the value; `metricName` for `_bucket`/`_sum`/`_count`. */
export interface Sample<L extends string = string> {
  labels: Partial<Record<L, string | number>>;
  value: number;
  metricName?: string;
}

/** The object prom-client's `Registry` asks for on every scrape (`get`) and on `resetMetrics` (`reset`). */
export class SnapshotFamily<L extends string> {
  readonly aggregator = 'sum';

  /**
   * @param version identifies the state the samples come from (e.g. the snapshot object): while it is
   *   the same, the rendered text can be reused. Absent: the family is rendered on every scrape.
   */
  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: FamilyType,
    private readonly collectSamples: () => readonly Sample<L>[],
    readonly version?: () => unknown,
  ) {}

  async get(): Promise<{
    name: string;
    help: string;
    type: FamilyType;
    aggregator: 'sum';
    values: Sample<L>[];
  }> {
    return {
      name: this.name,
      help: this.help,
      type: this.type,
      aggregator: this.aggregator,
      values: [...this.collectSamples()],
    };
  }

  /** Nothing to reset: the family holds no values of its own. */
  reset(): void {}
}

/**
 * Registers a family for `def` on `registry`, computing samples with `collect` at each scrape.
 * prom-client types `registerMetric` for its own classes; its registry only calls `name`, `get` and
 * `reset`, which a `SnapshotFamily` has, hence the one cast at this boundary.
 */
export function registerFamily<const L extends readonly string[]>(
  registry: Registry,
  def: MetricDef<L>,
  type: FamilyType,
  collect: () => readonly Sample<L[number]>[],
  version?: () => unknown,
): SnapshotFamily<L[number]> {
  const family = new SnapshotFamily<L[number]>(def.name, def.help, type, collect, version);
  registry.registerMetric(family as unknown as Parameters<Registry['registerMetric']>[0]);
  return family;
}
