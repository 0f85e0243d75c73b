/**
 * What an exporter is built and served with: the spec, where it listens, the demo, the store, Grafana
 * annotations, request bounds and the preview. `cli/serve/options.ts` parses the flags into it; the
 * composition root (`main.ts`) builds from it; tests pass their own.
 */
import type { CheckpointPolicy } from '../store/checkpointer';
import type { ShardSelector } from '../shards';

export interface ServeOptions {
  /** The spec file; absent runs the built-in demo (its spec and simulator). */
  specPath?: string;
  host: string;
  port: number;
  /** Divides the demo's incident timetable (1 = real time). */
  demoTimeScale: number;
  /** Seed of the demo's traffic. */
  demoSeed: number;
  /**
   * The durable store's directory (docs/durability.md). Absent here: state is kept in memory only;
   * `runExporter` fills it from $MLHEALTH_DATA_DIR, or `./data` when a spec is given.
   */
  dataDir?: string;
  /** When a model's log is checkpointed (docs/durability.md). Absent: `DEFAULT_CHECKPOINT_POLICY`. */
  checkpointPolicy?: CheckpointPolicy;
  /** A cap on the store file's size in bytes: past it writes answer 507 as on a full disk. Absent: none. */
  storeMaxBytes?: number;
  /** Grafana to push annotations to (docs/annotations.md); its token from the file or $MLHEALTH_GRAFANA_TOKEN. */
  grafanaUrl?: string;
  grafanaTokenFile?: string;
  grafanaDashboardUid?: string;
  grafanaPanelId?: number;
  maxBodyBytes: number;
  /** Events per ingest request (413 past it). */
  maxBatchEvents: number;
  /**
   * The part of a sharded fleet this exporter serves (`--shard`, `--models`, `--topology-only`;
   * docs/scale-out.md). Absent: every model and every node.
   */
  shard?: ShardSelector;
  /** The built Grafana panel served at /preview (default: grafana-plugin/dist beside the exporter). */
  previewDir?: string;
}
