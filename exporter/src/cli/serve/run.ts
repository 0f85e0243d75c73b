/**
 * The exporter as a command (`mlhealth serve`, `node dist/cli/main.js serve`): parses the flags, starts the
 * exporter built by the composition root (`main.ts`), prints the banner and spec warnings, and runs
 * until SIGTERM/SIGINT. An invalid spec is refused with every problem listed (exit 2).
 */
import { resolve } from 'node:path';
import type { CliIO } from '../io';
import { UsageError } from '../io';
import { startExporter, type RunningExporter } from '../../main';
import { SpecError, SpecReadError, formatIssueForCli } from '../../spec';
import { StoreError } from '../../store/storeError';
import { startBanner } from './banner';
import { SERVE_USAGE, parseServeOptions, type ServeOptions } from './options';
import { SECURITY_USAGE, parseSecurityOptions } from './securityOptions';

function printSpecProblems(err: SpecError, io: CliIO): void {
  io.stderr(
    `mlhealth: the spec is invalid, not starting (${err.issues.length} problem${err.issues.length === 1 ? '' : 's'}):\n`,
  );
  for (const issue of err.issues) io.stderr(formatIssueForCli(issue) + '\n');
}

/** Waits for SIGTERM or SIGINT, once. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

/**
 * The data directory: the flag, else $MLHEALTH_DATA_DIR, else `./data` when a spec is given (the
 * demo keeps its state in memory unless asked); relative to the working directory.
 */
function dataDirOf(options: ServeOptions, io: CliIO): string | undefined {
  const dir =
    options.dataDir ?? io.env.MLHEALTH_DATA_DIR ?? (options.specPath !== undefined ? 'data' : undefined);
  return dir === undefined || dir === '' ? undefined : resolve(io.cwd, dir);
}

/** The options with their file paths resolved against `io.cwd` (`npm run mlhealth` runs elsewhere). */
function inCwd<T extends object>(options: T, io: CliIO): T {
  const keys = ['specPath', 'previewDir', 'grafanaTokenFile', 'tokenFile', 'webConfigFile'];
  const out: Record<string, unknown> = { ...(options as Record<string, unknown>) };
  for (const key of keys) if (typeof out[key] === 'string') out[key] = resolve(io.cwd, out[key]);
  return out as T;
}

/**
 * Runs the exporter until SIGTERM/SIGINT; the exit code: 0 after a clean shutdown, 2 for bad flags, an
 * invalid spec (every problem printed) or an unreadable file.
 */
export async function runExporter(argv: string[], io: CliIO): Promise<number> {
  // The security flags (docs/security.md) are taken out first; the server's parser gets the rest.
  const { options: security, rest } = parseSecurityOptions(argv);
  const parsed = parseServeOptions(rest);
  if (parsed === null) {
    io.stdout(`${SERVE_USAGE}\n${SECURITY_USAGE}`);
    return 0;
  }
  const dataDir = dataDirOf(parsed, io);
  const options: ServeOptions = { ...inCwd(parsed, io), ...(dataDir !== undefined ? { dataDir } : {}) };
  let running: RunningExporter;
  try {
    running = await startExporter({
      ...options,
      security: inCwd(security, io),
      env: io.env,
      log: (line) => io.stderr(line + '\n'),
    });
  } catch (err) {
    if (err instanceof SpecError) {
      printSpecProblems(err, io);
      return 2;
    }
    if (err instanceof SpecReadError) throw new UsageError(err.message);
    if (err instanceof StoreError) throw new UsageError(err.message);
    throw err;
  }
  const { built } = running;
  for (const w of built.loaded.warnings) io.stderr(formatIssueForCli(w) + '\n');
  io.stderr(`mlhealth: ${built.security.describe()}\n`);
  io.stdout(
    startBanner({
      url: running.url,
      buildVersion: built.buildVersion,
      spec: {
        name: built.loaded.spec.name,
        version: built.loaded.spec.version,
        sha256: built.loaded.sha256,
        file: built.loaded.file,
      },
      demo: built.demo === null ? null : { timeScale: built.demo.timeScale, seed: built.demo.seed },
      preview: true,
      ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
      ...(built.scope !== null ? { shard: built.scope.describe() } : {}),
    }),
  );
  const signal = await untilSignal();
  io.stderr(`mlhealth: ${signal}, shutting down\n`);
  await running.close();
  return 0;
}
