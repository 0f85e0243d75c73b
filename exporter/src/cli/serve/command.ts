/**
 * `mlhealth serve`: runs the exporter (the composition root, `main.ts`): with
 * `--spec FILE` for a real spec, without it the built-in demo. Options: `mlhealth serve --help`.
 */
import type { CliCommand } from '../io';

export const runServe: CliCommand = async (argv, io) => {
  const { runExporter } = await import('./run');
  return runExporter(argv, io);
};
