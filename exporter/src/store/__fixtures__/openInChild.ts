/**
 * Tries `openStore(argv[2])` and prints the outcome as one JSON line: run as another user by the
 * permission test (root ignores file modes, so the test drops to `nobody`).
 */
import { openStore, StoreError } from '..';

try {
  openStore(process.argv[2]).close();
  process.stdout.write(JSON.stringify({ ok: true }) + '\n');
} catch (err) {
  const problem = err instanceof StoreError ? err.problem : 'other';
  process.stdout.write(JSON.stringify({ ok: false, problem, message: (err as Error).message }) + '\n');
}
