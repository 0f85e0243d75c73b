/**
 * What a CLI command receives instead of touching `process` directly, so every command runs in-process
 * in tests with captured output.
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A command: parses its own arguments and returns the process exit code (0 ok, 1 check failed, 2 usage/input error). */
export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;

export { UsageError } from '../spec/usageError';
