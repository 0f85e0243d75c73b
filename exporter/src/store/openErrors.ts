/**
 * The messages of a store that cannot be opened: what SQLite or the file system said, mapped to a
 * `StoreError` that names the path and the way out.
 */
import { StoreError, errorCode, errorText } from './storeError';

/** Said in every refusal: the operator must know the file is intact. */
export const KEEP = 'mlhealth never replaces a store: the file was left as it is.';

/** A file-system error on `path` (permission denied, or anything else). */
export function accessError(path: string, err: unknown): StoreError {
  const code = errorCode(err);
  if (code === 'EACCES' || code === 'EPERM') {
    return new StoreError(
      'permission_denied',
      path,
      `openStore: permission denied on ${path} (${code}); make it readable and writable by this user (uid ${process.getuid?.() ?? '?'}) or choose another --data-dir. ${KEEP}`,
    );
  }
  return new StoreError('unreadable', path, `openStore: cannot open ${path}: ${errorText(err)}. ${KEEP}`);
}

/** Maps what SQLite said while opening or checking to a StoreError. */
export function sqliteError(file: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const code = errorCode(err) ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new StoreError(
      'in_use',
      file,
      `openStore: ${file} is in use by another process (another exporter on the same --data-dir?); stop it or choose another --data-dir.`,
    );
  }
  if (code === 'SQLITE_NOTADB') {
    return new StoreError(
      'not_sqlite',
      file,
      `openStore: ${file} is not an SQLite database (${errorText(err)}). ${KEEP} Move it away to start an empty store.`,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new StoreError(
      'damaged',
      file,
      `openStore: ${file} is damaged (${errorText(err)}). ${KEEP} Restore it from a backup, or move it away to start an empty store.`,
    );
  }
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_PERM') ||
    code === 'SQLITE_AUTH'
  ) {
    return accessError(file, Object.assign(new Error(errorText(err)), { code: 'EACCES' }));
  }
  return new StoreError(
    'unreadable',
    file,
    `openStore: cannot use ${file}: ${code} ${errorText(err)}. ${KEEP}`,
  );
}
