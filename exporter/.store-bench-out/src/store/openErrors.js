"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KEEP = void 0;
exports.accessError = accessError;
exports.sqliteError = sqliteError;
/**
 * The messages of a store that cannot be opened: what SQLite or the file system said, mapped to a
 * `StoreError` that names the path and the way out.
 */
const storeError_1 = require("./storeError");
/** Said in every refusal: the operator must know the file is intact. */
exports.KEEP = 'mlhealth never replaces a store: the file was left as it is.';
/** A file-system error on `path` (permission denied, or anything else). */
function accessError(path, err) {
    const code = (0, storeError_1.errorCode)(err);
    if (code === 'EACCES' || code === 'EPERM') {
        return new storeError_1.StoreError('permission_denied', path, `openStore: permission denied on ${path} (${code}); make it readable and writable by this user (uid ${process.getuid?.() ?? '?'}) or choose another --data-dir. ${exports.KEEP}`);
    }
    return new storeError_1.StoreError('unreadable', path, `openStore: cannot open ${path}: ${(0, storeError_1.errorText)(err)}. ${exports.KEEP}`);
}
/** Maps what SQLite said while opening or checking to a StoreError. */
function sqliteError(file, err) {
    if (err instanceof storeError_1.StoreError)
        return err;
    const code = (0, storeError_1.errorCode)(err) ?? '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
        return new storeError_1.StoreError('in_use', file, `openStore: ${file} is in use by another process (another exporter on the same --data-dir?); stop it or choose another --data-dir.`);
    }
    if (code === 'SQLITE_NOTADB') {
        return new storeError_1.StoreError('not_sqlite', file, `openStore: ${file} is not an SQLite database (${(0, storeError_1.errorText)(err)}). ${exports.KEEP} Move it away to start an empty store.`);
    }
    if (code.startsWith('SQLITE_CORRUPT')) {
        return new storeError_1.StoreError('damaged', file, `openStore: ${file} is damaged (${(0, storeError_1.errorText)(err)}). ${exports.KEEP} Restore it from a backup, or move it away to start an empty store.`);
    }
    if (code.startsWith('SQLITE_CANTOPEN') ||
        code.startsWith('SQLITE_READONLY') ||
        code.startsWith('SQLITE_PERM') ||
        code === 'SQLITE_AUTH') {
        return accessError(file, Object.assign(new Error((0, storeError_1.errorText)(err)), { code: 'EACCES' }));
    }
    return new storeError_1.StoreError('unreadable', file, `openStore: cannot use ${file}: ${code} ${(0, storeError_1.errorText)(err)}. ${exports.KEEP}`);
}
//# sourceMappingURL=openErrors.js.map