/**
 * A setting the user gave that cannot be used (a flag, a token file, a web-config, a Grafana target): an
 * error whose message is meant for the user as it is, which the CLI answers with exit code 2. Declared
 * this low so every layer that reads settings can throw it without knowing the CLI (`cli/io.ts`
 * re-exports it for the commands).
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
