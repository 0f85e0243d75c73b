/**
 * All configured tokens: the token file's (tokenConfig.ts) and the environment variables
 * `MLHEALTH_INGEST_TOKEN`, `MLHEALTH_READ_TOKEN`, `MLHEALTH_ADMIN_TOKEN`, checked together (unique
 * names, no secret twice) with every problem reported at once.
 */
import type { AccessScope } from './scopes';
import { TokenConfigError, checkSecret, parseTokenFile, type SecretSource } from './tokenConfig';
import type { TokenEntry } from './tokens';

export const TOKEN_ENV: Readonly<Record<string, AccessScope>> = {
  MLHEALTH_INGEST_TOKEN: 'ingest',
  MLHEALTH_READ_TOKEN: 'read',
  MLHEALTH_ADMIN_TOKEN: 'admin',
};

/** Tokens from `MLHEALTH_{INGEST,READ,ADMIN}_TOKEN`, named after the variable. Throws TokenConfigError. */
export function tokensFromEnv(env: Readonly<Record<string, string | undefined>>): TokenEntry[] {
  const problems: string[] = [];
  const entries: TokenEntry[] = [];
  for (const [variable, scope] of Object.entries(TOKEN_ENV)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    const sha256 = checkSecret(value, `environment variable ${variable}`, problems);
    if (sha256 !== null) entries.push({ name: variable, scopes: [scope], sha256 });
  }
  if (problems.length > 0) throw new TokenConfigError(problems);
  return entries;
}

/**
 * All configured tokens: the token file's (when given) and the environment's. Names must be unique and
 * no secret may appear twice (its scopes would be ambiguous). Throws TokenConfigError.
 */
export function loadTokens(tokenFile: string | undefined, io: SecretSource): TokenEntry[] {
  const problems: string[] = [];
  const collect = (load: () => TokenEntry[]): TokenEntry[] => {
    try {
      return load();
    } catch (err) {
      if (!(err instanceof TokenConfigError)) throw err;
      problems.push(...err.problems);
      return [];
    }
  };
  const fromFile =
    tokenFile === undefined ? [] : collect(() => parseTokenFile(readTokenFile(tokenFile, io), tokenFile, io));
  const all = [...fromFile, ...collect(() => tokensFromEnv(io.env))];
  const seen = new Map<string, string>();
  for (const entry of all) {
    const hex = entry.sha256.toString('hex');
    if (all.filter((e) => e.name === entry.name).length > 1)
      problems.push(`token name ${entry.name} is used twice`);
    const twin = seen.get(hex);
    if (twin !== undefined) problems.push(`tokens ${twin} and ${entry.name} have the same secret`);
    seen.set(hex, entry.name);
  }
  if (problems.length > 0) throw new TokenConfigError([...new Set(problems)]);
  return all;
}

function readTokenFile(file: string, io: SecretSource): string {
  try {
    return io.readFile(file);
  } catch (err) {
    throw new TokenConfigError([`--token-file ${file}: cannot read: ${(err as Error).message}`]);
  }
}
