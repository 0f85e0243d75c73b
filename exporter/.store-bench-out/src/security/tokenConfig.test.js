"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** Token configuration: the token file (YAML or JSON) and the environment, every problem at once, no secret in a message. */
const node_crypto_1 = require("node:crypto");
const loadTokens_1 = require("./loadTokens");
const tokenConfig_1 = require("./tokenConfig");
const tokens_1 = require("./tokens");
const FILE_SECRET = 'file-secret-0123456789abcdef';
const ENV_SECRET = 'env-secret-0123456789abcdef';
const SHA_SECRET = 'hashed-secret-0123456789abcdef';
const files = {
    '/etc/mlhealth/tokens.yaml': '',
    '/etc/mlhealth/ci.token': `${FILE_SECRET}\n`,
    '/etc/mlhealth/short.token': 'short\n',
};
const io = (env = {}) => ({
    env,
    readFile: (path) => {
        if (path in files)
            return files[path];
        throw new Error(`ENOENT: no such file, open '${path}'`);
    },
});
const sha = (0, node_crypto_1.createHash)('sha256').update(SHA_SECRET).digest('hex');
function problemsOf(run) {
    try {
        run();
    }
    catch (err) {
        if (err instanceof tokenConfig_1.TokenConfigError)
            return err.problems;
        throw err;
    }
    throw new Error('expected a TokenConfigError');
}
describe('parseTokenFile', () => {
    test('YAML with a token file (relative to the token file), an environment variable and a sha256', () => {
        const yaml = `- name: ci\n  scopes: [ingest]\n  token_file: ci.token\n- name: grafana\n  scopes: [read]\n  token_env: GRAFANA_TOKEN\n- name: ops\n  scopes: [admin, read]\n  token_sha256: ${sha}\n`;
        const entries = (0, tokenConfig_1.parseTokenFile)(yaml, '/etc/mlhealth/tokens.yaml', io({ GRAFANA_TOKEN: ENV_SECRET }));
        expect(entries.map((e) => [e.name, e.scopes])).toEqual([
            ['ci', ['ingest']],
            ['grafana', ['read']],
            ['ops', ['admin', 'read']],
        ]);
        expect((0, tokens_1.matchToken)(entries, FILE_SECRET)?.name).toBe('ci');
        expect((0, tokens_1.matchToken)(entries, ENV_SECRET)?.name).toBe('grafana');
        expect((0, tokens_1.matchToken)(entries, SHA_SECRET)?.name).toBe('ops');
        expect((0, tokens_1.matchToken)(entries, `${FILE_SECRET}\n`)).toBeNull();
    });
    test('JSON, and the {tokens: [...]} form', () => {
        const json = JSON.stringify({ tokens: [{ name: 'ci', scopes: ['ingest'], token_sha256: sha }] });
        expect((0, tokenConfig_1.parseTokenFile)(json, '/t.json', io())[0].sha256).toEqual((0, tokens_1.hashToken)(SHA_SECRET));
    });
    test('every problem is listed with file and entry, and no secret is quoted', () => {
        const yaml = [
            '- name: ci',
            '  scopes: [ingest, write]',
            '  token_file: short.token',
            '- name: "bad name"',
            '  scopes: []',
            '  token_env: UNSET',
            '- name: both',
            '  scopes: read',
            `  token_sha256: ${sha}`,
            '  token_env: X',
            '- name: hex',
            '  scopes: [read]',
            '  token_sha256: abc',
            '  colour: blue',
            '- name: missing',
            '  scopes: [read]',
            '  token_file: /nope/token',
            '- just a string',
        ].join('\n');
        const problems = problemsOf(() => (0, tokenConfig_1.parseTokenFile)(yaml, '/etc/mlhealth/tokens.yaml', io()));
        expect(problems).toEqual([
            '/etc/mlhealth/tokens.yaml: tokens[0].scopes: "write" not one of read, ingest, admin',
            '/etc/mlhealth/tokens.yaml: tokens[0] (file /etc/mlhealth/short.token): the token is 5 characters, expected at least 16',
            '/etc/mlhealth/tokens.yaml: tokens[1].name: expected 1-64 characters of letters, digits, _ . : @ -',
            '/etc/mlhealth/tokens.yaml: tokens[1].scopes: expected a non-empty list of read, ingest, admin',
            '/etc/mlhealth/tokens.yaml: tokens[1].token_env: environment variable UNSET is not set',
            '/etc/mlhealth/tokens.yaml: tokens[2]: expected exactly one of token_sha256, token_file, token_env, got token_sha256, token_env',
            '/etc/mlhealth/tokens.yaml: tokens[3].colour: unknown key (expected name, scopes, token_sha256, token_file, token_env)',
            '/etc/mlhealth/tokens.yaml: tokens[3].token_sha256: expected 64 hex digits (sha256sum of the token)',
            "/etc/mlhealth/tokens.yaml: tokens[4].token_file: cannot read /nope/token: ENOENT: no such file, open '/nope/token'",
            '/etc/mlhealth/tokens.yaml: tokens[5]: expected a mapping {name, scopes, token_sha256 | token_file | token_env}',
        ]);
        expect(problems.join('\n')).not.toContain('short\n');
    });
    test('not YAML, or not a list', () => {
        expect(problemsOf(() => (0, tokenConfig_1.parseTokenFile)('- [unclosed', '/t.yaml', io()))[0]).toMatch(/^\/t\.yaml: not YAML\/JSON: /);
        expect(problemsOf(() => (0, tokenConfig_1.parseTokenFile)('name: ci', '/t.yaml', io()))).toEqual([
            '/t.yaml: expected a list of tokens (or {tokens: [...]})',
        ]);
    });
});
describe('tokensFromEnv and loadTokens', () => {
    test('MLHEALTH_*_TOKEN variables become tokens named after them, with their scope', () => {
        const entries = (0, loadTokens_1.tokensFromEnv)({
            MLHEALTH_INGEST_TOKEN: ENV_SECRET,
            MLHEALTH_ADMIN_TOKEN: FILE_SECRET,
            MLHEALTH_READ_TOKEN: '',
        });
        expect(entries.map((e) => [e.name, e.scopes])).toEqual([
            ['MLHEALTH_INGEST_TOKEN', ['ingest']],
            ['MLHEALTH_ADMIN_TOKEN', ['admin']],
        ]);
    });
    test('a short environment token is refused without quoting it', () => {
        const problems = problemsOf(() => (0, loadTokens_1.tokensFromEnv)({ MLHEALTH_READ_TOKEN: 'hunter2' }));
        expect(problems).toEqual([
            'environment variable MLHEALTH_READ_TOKEN: the token is 7 characters, expected at least 16',
        ]);
    });
    test('file and environment together; the same secret twice is refused', () => {
        files['/etc/mlhealth/tokens.yaml'] = '- {name: ci, scopes: [ingest], token_file: ci.token}\n';
        const both = (0, loadTokens_1.loadTokens)('/etc/mlhealth/tokens.yaml', io({ MLHEALTH_READ_TOKEN: ENV_SECRET }));
        expect(both.map((e) => e.name)).toEqual(['ci', 'MLHEALTH_READ_TOKEN']);
        const twice = problemsOf(() => (0, loadTokens_1.loadTokens)('/etc/mlhealth/tokens.yaml', io({ MLHEALTH_ADMIN_TOKEN: FILE_SECRET })));
        expect(twice).toEqual(['tokens ci and MLHEALTH_ADMIN_TOKEN have the same secret']);
    });
    test('an unreadable token file names the flag', () => {
        expect(problemsOf(() => (0, loadTokens_1.loadTokens)('/missing.yaml', io()))).toEqual([
            "--token-file /missing.yaml: cannot read: ENOENT: no such file, open '/missing.yaml'",
        ]);
    });
    test('no file and no variables: no tokens', () => {
        expect((0, loadTokens_1.loadTokens)(undefined, io())).toEqual([]);
    });
});
//# sourceMappingURL=tokenConfig.test.js.map