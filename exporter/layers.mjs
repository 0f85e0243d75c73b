// The rooms of exporter/src, bottom to top: a room may import only the rooms below it (type imports and
// re-exports included). docs/architecture.md says what each room holds; eslint.config.mjs turns this list
// into `no-restricted-imports` rules, so an import that goes up (the only way to make a cycle between
// rooms) fails `npm test`, and so does a folder that is not listed here.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAYERS = [
  'stats', //        pure statistics
  'dataset', //      reading CSV / JSON Lines files into columns and records
  'parallel', //     worker threads: drift tests across columns, files read side by side
  'spec', //         the declared vocabulary: types, loader, schema, checks, signal kinds, calibration
  'shards', //       exporter shards: the model hash, the exporter/rules split, one shard's scope
  'cascade', //      the pure cascade engine: rollups, thresholds, impact, explanations
  'whatif', //       scenarios over the cascade
  'dependencies', // the dependency graph and single points of failure
  'signals', //      per-model monitors: windows, sketches, base-signal evaluation
  'sources', //      PromQL sources
  'annotations', //  annotations: status changes, validation, the Grafana pusher
  'ingest', //       the write side: bodies → validated events → monitors, behind ports
  'store', //        durable state in SQLite
  'engine', //       the scheduler: ticks, evaluations, history
  'metrics', //      the Prometheus exposition
  'audit', //        the governance audit report
  'generate', //     rules, Alertmanager, dashboards, provisioning as code
  'demo', //         the built-in demo's models and traffic
  'security', //     tokens, web-config, TLS, rate limits, access control
  'server', //       the HTTP app and every route (server/routes/)
  'main', //         main.ts, the composition root
  'cli', //          the `mlhealth` commands; `mlhealth serve` runs the root
];

const SRC = join(dirname(fileURLToPath(import.meta.url)), 'src');

/** Folders of exporter/src that LAYERS does not list (each one fails the lint). */
export function unlistedRooms() {
  return readdirSync(SRC, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !LAYERS.includes(e.name))
    .map((e) => e.name)
    .filter((name) =>
      readdirSync(join(SRC, name), { recursive: true }).some((f) => String(f).endsWith('.ts')),
    );
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One flat-config block per room and file depth: a file `depth` folders below exporter/src reaches the
 * room R as `../`×depth + `R`, so the forbidden specifiers are exact (no false hit on a file that happens
 * to be named like a room).
 */
export function layerConfigs(prefix = 'exporter/src') {
  const configs = [];
  LAYERS.forEach((room, i) => {
    const above = LAYERS.slice(i + 1);
    if (above.length === 0) return;
    const targets = above
      .map((r) => (r === 'main' ? 'main' : r))
      .map(escape)
      .join('|');
    for (let depth = room === 'main' ? 0 : 1; depth <= (room === 'main' ? 0 : 4); depth++) {
      const up = depth === 0 ? '\\./' : `(\\.\\./){${depth}}`;
      const glob = room === 'main' ? `${prefix}/main.ts` : `${prefix}/${room}/${'*/'.repeat(depth - 1)}*.ts`;
      configs.push({
        files: [glob],
        ignores: ['**/*.test.ts', '**/__fixtures__/**', '**/bench/**'],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                {
                  regex: `^${up}(${targets})(/|$)`,
                  message: `${room} sits below ${above.join(', ')} (exporter/layers.mjs): import downwards only, or move the code to the room it belongs to (docs/architecture.md).`,
                },
              ],
            },
          ],
        },
      });
    }
  });
  return configs;
}
