"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TokenConfigError = exports.MIN_TOKEN_LENGTH = void 0;
exports.checkSecret = checkSecret;
exports.parseTokenFile = parseTokenFile;
/**
 * The token file (`--token-file FILE`): YAML or JSON, a list of
 * `{name, scopes, token_sha256 | token_file | token_env}`. Every problem is reported at once, naming
 * the file and the entry; secrets never appear in a message. File system and environment come in as
 * parameters. loadTokens.ts adds the environment's tokens.
 */
const node_path_1 = require("node:path");
const yaml_1 = require("yaml");
const scopes_1 = require("./scopes");
const tokens_1 = require("./tokens");
/** Shorter tokens are refused: guessable. `openssl rand -hex 32` makes a good one. */
exports.MIN_TOKEN_LENGTH = 16;
/** A token configuration that cannot be used; `problems` lists every one. */
class TokenConfigError extends Error {
    problems;
    constructor(problems) {
        super(`token configuration: ${problems.join('; ')}`);
        this.problems = problems;
        this.name = 'TokenConfigError';
    }
}
exports.TokenConfigError = TokenConfigError;
const ENTRY_KEYS = new Set(['name', 'scopes', 'token_sha256', 'token_file', 'token_env']);
const SOURCE_KEYS = ['token_sha256', 'token_file', 'token_env'];
/** The hash of a secret, or null after pushing why it is refused (too short, white space). */
function checkSecret(secret, where, problems) {
    if (secret.length < exports.MIN_TOKEN_LENGTH) {
        problems.push(`${where}: the token is ${secret.length} characters, expected at least ${exports.MIN_TOKEN_LENGTH}`);
        return null;
    }
    if (/\s/.test(secret)) {
        problems.push(`${where}: the token contains white space, which a Bearer header cannot carry`);
        return null;
    }
    return (0, tokens_1.hashToken)(secret);
}
function entryScopes(raw, where, problems) {
    const list = typeof raw === 'string' ? [raw] : raw;
    if (!Array.isArray(list) || list.length === 0) {
        problems.push(`${where}.scopes: expected a non-empty list of ${scopes_1.ACCESS_SCOPES.join(', ')}`);
        return null;
    }
    const bad = list.filter((s) => !scopes_1.ACCESS_SCOPES.includes(s));
    if (bad.length > 0) {
        problems.push(`${where}.scopes: ${bad.map((s) => JSON.stringify(s)).join(', ')} not one of ${scopes_1.ACCESS_SCOPES.join(', ')}`);
        return null;
    }
    return [...new Set(list)];
}
function entrySecret(raw, where, baseDir, io, problems) {
    const given = SOURCE_KEYS.filter((k) => raw[k] !== undefined);
    if (given.length !== 1) {
        problems.push(`${where}: expected exactly one of ${SOURCE_KEYS.join(', ')}, got ${given.length === 0 ? 'none' : given.join(', ')}`);
        return null;
    }
    const value = raw[given[0]];
    if (typeof value !== 'string' || value === '') {
        problems.push(`${where}.${given[0]}: expected a non-empty string`);
        return null;
    }
    if (given[0] === 'token_sha256') {
        if (/^[0-9a-f]{64}$/i.test(value))
            return Buffer.from(value, 'hex');
        problems.push(`${where}.token_sha256: expected 64 hex digits (sha256sum of the token)`);
        return null;
    }
    if (given[0] === 'token_env') {
        const secret = io.env[value];
        if (secret !== undefined && secret !== '')
            return checkSecret(secret, `${where} (environment variable ${value})`, problems);
        problems.push(`${where}.token_env: environment variable ${value} is not set`);
        return null;
    }
    const path = (0, node_path_1.isAbsolute)(value) ? value : (0, node_path_1.join)(baseDir, value);
    let secret;
    try {
        secret = io.readFile(path).replace(/[\r\n]+$/, '');
    }
    catch (err) {
        problems.push(`${where}.token_file: cannot read ${path}: ${err.message}`);
        return null;
    }
    return checkSecret(secret, `${where} (file ${path})`, problems);
}
function parseEntry(raw, where, baseDir, io, problems) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        problems.push(`${where}: expected a mapping {name, scopes, token_sha256 | token_file | token_env}`);
        return null;
    }
    const entry = raw;
    for (const key of Object.keys(entry)) {
        if (!ENTRY_KEYS.has(key))
            problems.push(`${where}.${key}: unknown key (expected ${[...ENTRY_KEYS].join(', ')})`);
    }
    const name = entry.name;
    if (typeof name !== 'string' || !/^[A-Za-z0-9_.:@-]{1,64}$/.test(name)) {
        problems.push(`${where}.name: expected 1-64 characters of letters, digits, _ . : @ -`);
    }
    const scopes = entryScopes(entry.scopes, where, problems);
    const sha256 = entrySecret(entry, where, baseDir, io, problems);
    if (typeof name !== 'string' || scopes === null || sha256 === null)
        return null;
    return { name, scopes, sha256 };
}
/**
 * The entries of a token file's text (YAML or JSON: JSON is YAML). Relative `token_file` paths are
 * relative to the token file. Complexity O(entries). Throws TokenConfigError listing every problem.
 * @example parseTokenFile('- {name: ci, scopes: [ingest], token_env: CI_TOKEN}', '/etc/mlhealth/tokens.yaml', io)
 */
function parseTokenFile(text, file, io) {
    let doc;
    try {
        doc = (0, yaml_1.parse)(text);
    }
    catch (err) {
        throw new TokenConfigError([`${file}: not YAML/JSON: ${err.message.split('\n')[0]}`]);
    }
    const list = typeof doc === 'object' && doc !== null && !Array.isArray(doc) && 'tokens' in doc
        ? doc.tokens
        : doc;
    if (!Array.isArray(list))
        throw new TokenConfigError([`${file}: expected a list of tokens (or {tokens: [...]})`]);
    const problems = [];
    const entries = list.map((raw, i) => parseEntry(raw, `${file}: tokens[${i}]`, (0, node_path_1.dirname)(file), io, problems));
    if (problems.length > 0)
        throw new TokenConfigError(problems);
    return entries.filter((e) => e !== null);
}
//# sourceMappingURL=tokenConfig.js.map