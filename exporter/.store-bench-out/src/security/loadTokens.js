"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TOKEN_ENV = void 0;
exports.tokensFromEnv = tokensFromEnv;
exports.loadTokens = loadTokens;
const tokenConfig_1 = require("./tokenConfig");
exports.TOKEN_ENV = {
    MLHEALTH_INGEST_TOKEN: 'ingest',
    MLHEALTH_READ_TOKEN: 'read',
    MLHEALTH_ADMIN_TOKEN: 'admin',
};
/** Tokens from `MLHEALTH_{INGEST,READ,ADMIN}_TOKEN`, named after the variable. Throws TokenConfigError. */
function tokensFromEnv(env) {
    const problems = [];
    const entries = [];
    for (const [variable, scope] of Object.entries(exports.TOKEN_ENV)) {
        const value = env[variable];
        if (value === undefined || value === '')
            continue;
        const sha256 = (0, tokenConfig_1.checkSecret)(value, `environment variable ${variable}`, problems);
        if (sha256 !== null)
            entries.push({ name: variable, scopes: [scope], sha256 });
    }
    if (problems.length > 0)
        throw new tokenConfig_1.TokenConfigError(problems);
    return entries;
}
/**
 * All configured tokens: the token file's (when given) and the environment's. Names must be unique and
 * no secret may appear twice (its scopes would be ambiguous). Throws TokenConfigError.
 */
function loadTokens(tokenFile, io) {
    const problems = [];
    const collect = (load) => {
        try {
            return load();
        }
        catch (err) {
            if (!(err instanceof tokenConfig_1.TokenConfigError))
                throw err;
            problems.push(...err.problems);
            return [];
        }
    };
    const fromFile = tokenFile === undefined ? [] : collect(() => (0, tokenConfig_1.parseTokenFile)(readTokenFile(tokenFile, io), tokenFile, io));
    const all = [...fromFile, ...collect(() => tokensFromEnv(io.env))];
    const seen = new Map();
    for (const entry of all) {
        const hex = entry.sha256.toString('hex');
        if (all.filter((e) => e.name === entry.name).length > 1)
            problems.push(`token name ${entry.name} is used twice`);
        const twin = seen.get(hex);
        if (twin !== undefined)
            problems.push(`tokens ${twin} and ${entry.name} have the same secret`);
        seen.set(hex, entry.name);
    }
    if (problems.length > 0)
        throw new tokenConfig_1.TokenConfigError([...new Set(problems)]);
    return all;
}
function readTokenFile(file, io) {
    try {
        return io.readFile(file);
    }
    catch (err) {
        throw new tokenConfig_1.TokenConfigError([`--token-file ${file}: cannot read: ${err.message}`]);
    }
}
//# sourceMappingURL=loadTokens.js.map