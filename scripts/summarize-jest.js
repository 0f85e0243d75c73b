// Prints one closing line over jest --json result files: "tests: N passed, N failed[, N skipped]".
// Also reads the counts of the Python client's runner (clients/python/tests/runner.py:
// {"runner": "unittest", passed, failed, skipped}).
// Exits 1 when a suite failed to run (a crash before its tests) so it can never pass silently.
const fs = require('node:fs');

let passed = 0;
let failed = 0;
let skipped = 0;
let brokenSuites = 0;
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.error(`summarize-jest: ${file} was not written (the runner crashed before reporting)`);
    brokenSuites += 1;
    continue;
  }
  const result = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (result.runner === 'unittest') {
    passed += result.passed;
    failed += result.failed;
    skipped += result.skipped;
    if (result.passed + result.failed + result.skipped === 0) {
      console.error(`summarize-jest: ${file} counts no test`);
      brokenSuites += 1;
    }
    continue;
  }
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + (result.numTodoTests ?? 0);
  brokenSuites += result.numRuntimeErrorTestSuites;
}
const tail = skipped > 0 ? `, ${skipped} skipped` : '';
console.log(`tests: ${passed} passed, ${failed} failed${tail}`);
process.exit(failed > 0 || brokenSuites > 0 ? 1 : 0);
