"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SECURITY_USAGE = exports.DEFAULT_SECURITY_OPTIONS = void 0;
exports.extractSecurityArgs = extractSecurityArgs;
exports.parseSecurityOptions = parseSecurityOptions;
/**
 * The security flags of the exporter, taken out of the command line before the server's own flags are
 * parsed, so both sets stay in their own files. Bad values are UsageErrors naming the flag (exit 2).
 */
const args_1 = require("../cli/args");
const io_1 = require("../cli/io");
const limits_1 = require("./limits");
/** No tokens file, no web-config, no rate limit, default resource limits. */
exports.DEFAULT_SECURITY_OPTIONS = {
    insecure: false,
    rateLimit: null,
    limits: limits_1.DEFAULT_RESOURCE_LIMITS,
};
exports.SECURITY_USAGE = `security options:
  --token-file FILE        bearer tokens: a YAML/JSON list of {name, scopes: [ingest|read|admin],
                           token_sha256 | token_file | token_env}; also MLHEALTH_INGEST_TOKEN,
                           MLHEALTH_READ_TOKEN, MLHEALTH_ADMIN_TOKEN from the environment
  --web.config.file FILE   Prometheus web-config (tls_server_config, basic_auth_users, headers)
  --insecure               allow listening beyond loopback without an ingest/admin token
  --rate-limit N           requests per second per client (token or address); default unlimited
  --rate-burst N           requests a client may send at once (default 2 × --rate-limit)
  --max-models N           models served, in spec order (default ${limits_1.DEFAULT_RESOURCE_LIMITS.maxModels})
  --max-features-per-model N      (default ${limits_1.DEFAULT_RESOURCE_LIMITS.maxFeaturesPerModel})
  --max-categories-per-feature N  tracked categories per feature (default ${limits_1.DEFAULT_RESOURCE_LIMITS.maxCategoriesPerFeature})
`;
const VALUE_FLAGS = [
    'token-file',
    'web.config.file',
    'rate-limit',
    'rate-burst',
    'max-models',
    'max-features-per-model',
    'max-categories-per-feature',
];
/** Splits `argv` into the security flags' values and the remaining arguments (order kept). Throws UsageError. */
function extractSecurityArgs(argv) {
    const values = {};
    const rest = [];
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
        if (value === undefined)
            throw new io_1.UsageError(`option '--${flag} <value>' argument missing`);
        if (values[flag] !== undefined)
            throw new io_1.UsageError(`--${flag} is given twice`);
        values[flag] = value;
    }
    return { values, insecure, rest };
}
/** The security options in `argv` and the arguments left for the server's parser. Throws UsageError. */
function parseSecurityOptions(argv) {
    const { values, insecure, rest } = extractSecurityArgs(argv);
    const count = (flag, fallback) => (0, args_1.numberOption)(flag, values[flag] ?? String(fallback), { min: 1, integer: true });
    const rate = values['rate-limit'] === undefined
        ? null
        : (0, args_1.numberOption)('rate-limit', values['rate-limit'], { min: 0, exclusiveMin: true });
    if (rate === null && values['rate-burst'] !== undefined)
        throw new io_1.UsageError('--rate-burst needs --rate-limit');
    const options = {
        insecure,
        rateLimit: rate === null
            ? null
            : { ratePerSecond: rate, burst: count('rate-burst', Math.max(1, Math.ceil(2 * rate))) },
        limits: {
            maxModels: count('max-models', limits_1.DEFAULT_RESOURCE_LIMITS.maxModels),
            maxFeaturesPerModel: count('max-features-per-model', limits_1.DEFAULT_RESOURCE_LIMITS.maxFeaturesPerModel),
            maxCategoriesPerFeature: count('max-categories-per-feature', limits_1.DEFAULT_RESOURCE_LIMITS.maxCategoriesPerFeature),
        },
    };
    if (values['token-file'] !== undefined)
        options.tokenFile = values['token-file'];
    if (values['web.config.file'] !== undefined)
        options.webConfigFile = values['web.config.file'];
    return { options, rest };
}
//# sourceMappingURL=options.js.map