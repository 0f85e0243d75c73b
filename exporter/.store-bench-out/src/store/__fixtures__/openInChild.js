"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Tries `openStore(argv[2])` and prints the outcome as one JSON line: run as another user by the
 * permission test (root ignores file modes, so the test drops to `nobody`).
 */
const __1 = require("..");
try {
    (0, __1.openStore)(process.argv[2]).close();
    process.stdout.write(JSON.stringify({ ok: true }) + '\n');
}
catch (err) {
    const problem = err instanceof __1.StoreError ? err.problem : 'other';
    process.stdout.write(JSON.stringify({ ok: false, problem, message: err.message }) + '\n');
}
//# sourceMappingURL=openInChild.js.map