/**
 * The list of `mlhealth` commands: one entry per command, each loaded lazily from its own file so that
 * `mlhealth drift` does not load express or SQLite.
 */
import type { CliCommand } from './io';

export interface CommandEntry {
  summary: string;
  load: () => Promise<CliCommand>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  drift: {
    summary: 'compare a current dataset with a reference, feature by feature',
    load: async () => (await import('./drift')).runDrift,
  },
};
