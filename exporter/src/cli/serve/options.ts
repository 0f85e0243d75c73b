/**
 * Command-line flags of the exporter (`mlhealth serve`, `node dist/cli/main.js serve`): parsed once, here, into
 * typed `ServeOptions`; bad flags are `UsageError`s naming the flag (exit 2).
 */
import type { ServeOptions } from '../../server/serveOptions';
import { DEFAULT_CHECKPOINT_POLICY, type CheckpointPolicy } from '../../store/checkpointer';
import { numberOption, parseCommandArgs } from '../args';
import { parseShardFlags } from './shardOptions';
import { UsageError } from '../io';

export type { ServeOptions };

export const DEFAULT_LISTEN = '127.0.0.1:9853';
/** Default largest request body: 16 MiB (10,000 events of ~1 KiB, the default batch limit, fit). */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

export const SERVE_USAGE = `usage: mlhealth serve [--spec FILE] [options]

Runs the exporter: /metrics, the JSON API and ingest. Without --spec, runs the built-in demo
(examples/demo.yaml and a traffic simulator with scheduled incidents).

options:
  --spec FILE              the cascade spec (YAML); refused with every problem listed if invalid
  --listen HOST:PORT       where to listen (default ${DEFAULT_LISTEN}; port 0 picks a free one)
  --demo-time-scale N      divide the demo's incident timetable by N (default 1)
  --demo-seed N            seed of the demo's traffic (default 1)
  --max-body-bytes N       largest request body (default ${DEFAULT_MAX_BODY_BYTES})
  --max-batch-events N     events per ingest request (default 10000)
  --preview-dir DIR        the built panel for /preview (default: grafana-plugin/dist)
  --data-dir DIR           durable state (default $MLHEALTH_DATA_DIR, else ./data with --spec;
                           the demo keeps state in memory unless given one)
  --store-max-bytes N      cap the store file's size: past it writes answer 507, as on a full disk
  --checkpoint-max-bytes N     checkpoint a model once its log since the last checkpoint holds N
                               payload bytes (default ${DEFAULT_CHECKPOINT_POLICY.maxBytes}); bounds the replay after kill -9
  --checkpoint-max-entries N   … or N log entries (batches; default ${DEFAULT_CHECKPOINT_POLICY.maxEntries})
  --checkpoint-max-age S       … or is S seconds old (default ${DEFAULT_CHECKPOINT_POLICY.maxAgeSeconds})
  --shard I/N              serve shard I of N: the models whose FNV-1a 32-bit hash of the id mod N
                           is I (docs/scale-out.md); other models' writes answer 421
  --models A,B             serve these models only (instead of --shard)
  --topology-only          serve only the topology series (edges, thresholds, rollup info), for a
                           Prometheus that evaluates every tier from rules; ingests nothing
  --rollups prometheus|all the nodes the generated rules evaluate (mlhealth generate --rollups):
                           left out here; default prometheus (nodes spanning models) with
                           --shard or --models, all = every node above the base tier
  --grafana-url URL        push annotations to this Grafana (token: --grafana-token-file or
                           $MLHEALTH_GRAFANA_TOKEN)
  --grafana-token-file F   Grafana service-account token file
  --grafana-dashboard-uid U  attach pushed annotations to this dashboard
  --grafana-panel-id N     … and to this panel of it
  -h, --help               this help
`;

/** `HOST:PORT` → parts; IPv6 hosts in brackets (`[::1]:9853`). Throws UsageError. */
export function parseListen(value: string): { host: string; port: number } {
  const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(value.trim());
  if (m === null) throw new UsageError(`--listen '${value}' is not HOST:PORT (e.g. ${DEFAULT_LISTEN})`);
  const port = numberOption('listen', m[2], { min: 0, max: 65535, integer: true });
  return { host: m[1].replace(/^\[|\]$/g, ''), port };
}

/**
 * The checkpoint policy from `--checkpoint-max-*`, the defaults filling what is not given; null when no
 * flag is given. Throws UsageError naming the flag and value.
 */
function parseCheckpointPolicy(
  values: Record<string, string | boolean | undefined>,
): CheckpointPolicy | null {
  const flag = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const [bytes, entries, age] = ['bytes', 'entries', 'age'].map((k) => flag(`checkpoint-max-${k}`));
  if (bytes === undefined && entries === undefined && age === undefined) return null;
  const d = DEFAULT_CHECKPOINT_POLICY;
  const count = { min: 1, integer: true };
  return {
    maxBytes: bytes === undefined ? d.maxBytes : numberOption('checkpoint-max-bytes', bytes, count),
    maxEntries: entries === undefined ? d.maxEntries : numberOption('checkpoint-max-entries', entries, count),
    maxAgeSeconds:
      age === undefined
        ? d.maxAgeSeconds
        : numberOption('checkpoint-max-age', age, { min: 0, exclusiveMin: true }),
  };
}

/** The exporter's flags, as `util.parseArgs` reads them. */
const SERVE_FLAGS = {
  spec: { type: 'string' },
  listen: { type: 'string' },
  'demo-time-scale': { type: 'string' },
  'demo-seed': { type: 'string' },
  'max-body-bytes': { type: 'string' },
  'max-batch-events': { type: 'string' },
  'data-dir': { type: 'string' },
  'store-max-bytes': { type: 'string' },
  'checkpoint-max-bytes': { type: 'string' },
  'checkpoint-max-entries': { type: 'string' },
  'checkpoint-max-age': { type: 'string' },
  'preview-dir': { type: 'string' },
  'grafana-url': { type: 'string' },
  'grafana-token-file': { type: 'string' },
  'grafana-dashboard-uid': { type: 'string' },
  'grafana-panel-id': { type: 'string' },
  shard: { type: 'string' },
  models: { type: 'string' },
  'topology-only': { type: 'boolean' },
  rollups: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses the exporter's flags; null when `--help` was asked for. Throws UsageError. */
export function parseServeOptions(argv: string[]): ServeOptions | null {
  const { values } = parseCommandArgs({
    args: argv,
    options: SERVE_FLAGS,
  });
  if (values.help === true) return null;
  const { host, port } = parseListen(values.listen ?? DEFAULT_LISTEN);
  const options: ServeOptions = {
    host,
    port,
    demoTimeScale: numberOption('demo-time-scale', values['demo-time-scale'] ?? '1', {
      min: 0,
      exclusiveMin: true,
    }),
    demoSeed: numberOption('demo-seed', values['demo-seed'] ?? '1', { min: 0, integer: true }),
    maxBodyBytes: numberOption('max-body-bytes', values['max-body-bytes'] ?? String(DEFAULT_MAX_BODY_BYTES), {
      min: 1,
      integer: true,
    }),
    maxBatchEvents: numberOption('max-batch-events', values['max-batch-events'] ?? '10000', {
      min: 1,
      integer: true,
    }),
  };
  if (values.spec !== undefined) options.specPath = values.spec;
  if (values['data-dir'] !== undefined) options.dataDir = values['data-dir'];
  if (values['store-max-bytes'] !== undefined) {
    options.storeMaxBytes = numberOption('store-max-bytes', values['store-max-bytes'], {
      min: 65536,
      integer: true,
    });
  }
  const checkpointPolicy = parseCheckpointPolicy(values);
  if (checkpointPolicy !== null) options.checkpointPolicy = checkpointPolicy;
  if (values['preview-dir'] !== undefined) options.previewDir = values['preview-dir'];
  if (values['grafana-url'] !== undefined) options.grafanaUrl = values['grafana-url'];
  if (values['grafana-token-file'] !== undefined) options.grafanaTokenFile = values['grafana-token-file'];
  if (values['grafana-dashboard-uid'] !== undefined)
    options.grafanaDashboardUid = values['grafana-dashboard-uid'];
  if (values['grafana-panel-id'] !== undefined) {
    options.grafanaPanelId = numberOption('grafana-panel-id', values['grafana-panel-id'], {
      min: 1,
      integer: true,
    });
  }
  const shard = parseShardFlags(values, options.specPath !== undefined);
  if (shard !== undefined) options.shard = shard;
  if (options.specPath !== undefined && values['demo-time-scale'] !== undefined) {
    throw new UsageError('--demo-time-scale only applies to the built-in demo (no --spec)');
  }
  return options;
}
