/**
 * A server process for the ingest benchmark (run by `exporter.ts`, one process per run so the load
 * generator does not share the server's thread):
 *   node exporterServer.js baseline   — express, reads the body, JSON.parse, answers 204;
 *   node exporterServer.js exporter SPEC [DATA_DIR] — the real exporter (startExporter) on SPEC, schedule
 *     running; with DATA_DIR its durable store there (every 2xx on disk; the checkpoint policy from
 *     BENCH_CHECKPOINT_MAX_BYTES / _ENTRIES / _AGE, default the built-in one), else in memory.
 * Prints `READY <url>` when listening; exits on SIGTERM.
 */
import express from 'express';
import { startExporter } from '../src/main';
import { listen } from '../src/server/listen';
import { DEFAULT_MAX_BODY_BYTES } from '../src/cli/serve/options';
import { DEFAULT_CHECKPOINT_POLICY, type CheckpointPolicy } from '../src/store/checkpointer';

async function baseline(): Promise<string> {
  const app = express();
  app.post(
    '/api/v1/models/:model/events',
    express.raw({ type: () => true, limit: DEFAULT_MAX_BODY_BYTES }),
    (req, res) => {
      JSON.parse((req.body as Buffer).toString('utf8'));
      res.status(204).end();
    },
  );
  return (await listen(app, '127.0.0.1', 0)).url;
}

/** The built-in checkpoint policy with the limits BENCH_CHECKPOINT_MAX_* set. */
function checkpointPolicy(): CheckpointPolicy {
  const env = (name: string, fallback: number) =>
    Number(process.env[`BENCH_CHECKPOINT_MAX_${name}`] ?? fallback);
  const d = DEFAULT_CHECKPOINT_POLICY;
  return {
    maxBytes: env('BYTES', d.maxBytes),
    maxEntries: env('ENTRIES', d.maxEntries),
    maxAgeSeconds: env('AGE', d.maxAgeSeconds),
  };
}

async function exporter(specPath: string, dataDir?: string): Promise<string> {
  const running = await startExporter({
    specPath,
    host: '127.0.0.1',
    port: 0,
    demoTimeScale: 1,
    demoSeed: 1,
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    maxBatchEvents: 10_000,
    ...(dataDir !== undefined ? { dataDir, checkpointPolicy: checkpointPolicy() } : {}),
    log: (line) => process.stderr.write(line + '\n'),
  });
  return running.url;
}

const [mode, spec, dataDir] = process.argv.slice(2);
(mode === 'baseline' ? baseline() : exporter(spec, dataDir)).then(
  (url) => process.stdout.write(`READY ${url}\n`),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(2);
  },
);
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
