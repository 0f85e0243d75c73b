/**
 * The `mlhealth` command line: `main.ts` dispatches (and is the `bin`), `commands.ts` lists every
 * command once, each command lives in its own file and is loaded lazily. `mlhealth serve` (`serve/`)
 * is the process entry of the exporter: it runs the composition root, `../main.ts`.
 * May import: stats, dataset, parallel, spec, shards, cascade, whatif, dependencies, ingest, store,
 * audit, generate, demo, security, server, main.
 */
export { runCli } from './main';
export { COMMANDS, type CommandEntry } from './commands';
export type { CliCommand, CliIO } from './io';
