/**
 * The security flags of the exporter, taken out of the command line before the server's own flags are
 * parsed, so both sets stay in their own files. Bad values are UsageErrors naming the flag (exit 2).
 */
import { numberOption } from '../args';
import { UsageError } from '../io';
import { DEFAULT_RESOURCE_LIMITS } from '../../ingest/limits';
import type { SecurityOptions } from '../../security/options';

export const SECURITY_USAGE = `security options:
  --token-file FILE        bearer tokens: a YAML/JSON list of {name, scopes: [ingest|read|admin],
                           token_sha256 | token_file | token_env}; also MLHEALTH_INGEST_TOKEN,
                           MLHEALTH_READ_TOKEN, MLHEALTH_ADMIN_TOKEN from the environment
  --web.config.file FILE   Prometheus web-config (tls_server_config, basic_auth_users, headers)
  --insecure               allow listening beyond loopback without an ingest/admin token
  --rate-limit N           requests per second per client (token or address); default unlimited
  --rate-burst N           requests a client may send at once (default 2 × --rate-limit)
  --max-models N           models served, in spec order (default ${DEFAULT_RESOURCE_LIMITS.maxModels})
  --max-features-per-model N      (default ${DEFAULT_RESOURCE_LIMITS.maxFeaturesPerModel})
  --max-categories-per-feature N  tracked categories per feature (default ${DEFAULT_RESOURCE_LIMITS.maxCategoriesPerFeature})
`;

const VALUE_FLAGS = [
  'token-file',
  'web.config.file',
  'rate-limit',
  'rate-burst',
  'max-models',
  'max-features-per-model',
  'max-categories-per-feature',
] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

/** Splits `argv` into the security flags' values and the remaining arguments (order kept). Throws UsageError. */
export function extractSecurityArgs(argv: readonly string[]): {
  values: Partial<Record<ValueFlag, string>>;
  insecure: boolean;
  rest: string[];
} {
  const values: Partial<Record<ValueFlag, string>> = {};
  const rest: string[] = [];
  let insecure = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--insecure') {
      insecure = true;
      continue;
    }
    const m = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const flag = m === null ? undefined : VALUE_FLAGS.find((f) => f === m[1]);
    if (m === null || flag === undefined) {
      rest.push(arg);
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`option '--${flag} <value>' argument missing`);
    if (values[flag] !== undefined) throw new UsageError(`--${flag} is given twice`);
    values[flag] = value;
  }
  return { values, insecure, rest };
}

/** The security options in `argv` and the arguments left for the server's parser. Throws UsageError. */
export function parseSecurityOptions(argv: readonly string[]): { options: SecurityOptions; rest: string[] } {
  const { values, insecure, rest } = extractSecurityArgs(argv);
  const count = (flag: ValueFlag, fallback: number) =>
    numberOption(flag, values[flag] ?? String(fallback), { min: 1, integer: true });
  const rate =
    values['rate-limit'] === undefined
      ? null
      : numberOption('rate-limit', values['rate-limit'], { min: 0, exclusiveMin: true });
  if (rate === null && values['rate-burst'] !== undefined)
    throw new UsageError('--rate-burst needs --rate-limit');
  const options: SecurityOptions = {
    insecure,
    rateLimit:
      rate === null
        ? null
        : { ratePerSecond: rate, burst: count('rate-burst', Math.max(1, Math.ceil(2 * rate))) },
    limits: {
      maxModels: count('max-models', DEFAULT_RESOURCE_LIMITS.maxModels),
      maxFeaturesPerModel: count('max-features-per-model', DEFAULT_RESOURCE_LIMITS.maxFeaturesPerModel),
      maxCategoriesPerFeature: count(
        'max-categories-per-feature',
        DEFAULT_RESOURCE_LIMITS.maxCategoriesPerFeature,
      ),
    },
  };
  if (values['token-file'] !== undefined) options.tokenFile = values['token-file'];
  if (values['web.config.file'] !== undefined) options.webConfigFile = values['web.config.file'];
  return { options, rest };
}
