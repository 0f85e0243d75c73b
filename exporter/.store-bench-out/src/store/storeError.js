"use strict";
/**
 * The one error a store raises when it cannot be opened or trusted: it names the file, what is wrong and
 * what to do, because the operator reading it is deciding whether to restore a backup or move a file.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.StoreError = void 0;
exports.errorCode = errorCode;
exports.errorText = errorText;
/** A store that cannot be opened; nothing was modified or replaced. */
class StoreError extends Error {
    problem;
    path;
    constructor(problem, path, message) {
        super(message);
        this.problem = problem;
        this.path = path;
        this.name = 'StoreError';
    }
}
exports.StoreError = StoreError;
/** The SQLite error code of a better-sqlite3 error (`SQLITE_BUSY` …), or the Node errno code (`EACCES`). */
function errorCode(err) {
    const code = typeof err === 'object' && err !== null ? err.code : undefined;
    return typeof code === 'string' ? code : undefined;
}
/** The message of anything thrown. */
function errorText(err) {
    return err instanceof Error ? err.message : String(err);
}
//# sourceMappingURL=storeError.js.map