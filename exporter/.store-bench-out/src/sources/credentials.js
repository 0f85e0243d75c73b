"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.authorizationHeader = authorizationHeader;
/**
 * The `Authorization` header for a source (null without auth), or why it cannot be built. Trailing
 * newlines of secret files are dropped. Complexity O(secret length). Throws nothing.
 * @example authorizationHeader({ id: 'p', type: 'prometheus', url: 'u', timeout: 5, auth: { bearer_token_env: 'T' } }, { env: { T: 'abc' }, readFile }) // { ok: true, header: 'Bearer abc' }
 */
function authorizationHeader(source, access) {
    const auth = source.auth;
    if (!auth)
        return { ok: true, header: null };
    if (auth.bearer_token_file !== undefined || auth.bearer_token_env !== undefined) {
        const token = readSecret(auth.bearer_token_file, auth.bearer_token_env, access, `source ${source.id} bearer token`);
        return token.ok ? { ok: true, header: `Bearer ${token.value}` } : token;
    }
    if (auth.basic_auth) {
        const { username, password_file, password_env } = auth.basic_auth;
        const password = password_file === undefined && password_env === undefined
            ? { ok: true, value: '' }
            : readSecret(password_file, password_env, access, `source ${source.id} password`);
        if (!password.ok)
            return password;
        return { ok: true, header: `Basic ${Buffer.from(`${username}:${password.value}`).toString('base64')}` };
    }
    return { ok: true, header: null };
}
function readSecret(file, envName, access, what) {
    if (file !== undefined) {
        try {
            const value = access.readFile(file).replace(/[\r\n]+$/, '');
            return value === '' ? { ok: false, message: `${what}: file ${file} is empty` } : { ok: true, value };
        }
        catch (error) {
            return { ok: false, message: `${what}: cannot read ${file}: ${error.message}` };
        }
    }
    const value = envName === undefined ? undefined : access.env[envName];
    if (value === undefined || value === '')
        return { ok: false, message: `${what}: environment variable ${envName} is not set` };
    return { ok: true, value };
}
//# sourceMappingURL=credentials.js.map