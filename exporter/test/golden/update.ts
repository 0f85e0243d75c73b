/**
 * Rewrites the golden `/metrics` file from the current code: `npm run test:golden:update -w exporter`.
 * Run it only when a change of the exposition is intended, and review the diff in the pull request.
 */
import { writeFileSync } from 'node:fs';
import { GOLDEN_PATH, goldenDemoMetrics } from './demoMetrics';

goldenDemoMetrics().then(
  (text) => {
    writeFileSync(GOLDEN_PATH, text);
    process.stdout.write(`wrote ${GOLDEN_PATH} (${text.split('\n').length} lines)\n`);
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
