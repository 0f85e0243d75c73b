/**
 * Test harness: the real exporter (buildExporter from main.ts: spec loader, monitors, engine, metrics,
 * app) at a clock the test drives, and the app on an ephemeral loopback port for real HTTP.
 */
import type { Express } from 'express';
import { stepDemo } from '../../src/demo/simulator';
import { buildExporter, type BuildOptions, type BuiltExporter } from '../../src/main';
import { listen, type Listening } from '../../src/server/listen';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/cli/serve/options';

/** The fixed start of every clock-driven test: 2023-11-14T22:13:20Z. */
export const T0 = 1_700_000_000;

export interface Harness {
  built: BuiltExporter;
  /** The current Unix time the exporter sees. */
  now(): number;
  /** Moves the clock forward by `seconds` in steps, posting demo traffic (if any) and ticking the engine. */
  advance(seconds: number, step?: number): Promise<void>;
}

export function buildOptions(overrides: Partial<BuildOptions> = {}): BuildOptions {
  return {
    host: '127.0.0.1',
    port: 0,
    demoTimeScale: 1,
    demoSeed: 1,
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    maxBatchEvents: 10_000,
    processMetrics: false,
    log: () => undefined,
    ...overrides,
  };
}

/** The exporter at clock `T0` (the demo when `specPath` is absent). */
export async function harness(overrides: Partial<BuildOptions> = {}): Promise<Harness> {
  let now = T0;
  const built = await buildExporter(buildOptions({ clock: () => now, ...overrides }));
  built.engine.tick(now);
  return {
    built,
    now: () => now,
    async advance(seconds: number, step = 1): Promise<void> {
      const end = now + seconds;
      while (now < end - 1e-9) {
        now = Math.min(end, now + step);
        if (built.demo !== null) await stepDemo(built.demo.traffic, built.ingest, now);
        built.engine.tick(now);
      }
    },
  };
}

/** Serves `app` on 127.0.0.1 at a free port. */
export function serve(app: Express): Promise<Listening> {
  return listen(app, '127.0.0.1', 0);
}
