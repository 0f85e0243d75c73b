"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const credentials_1 = require("./credentials");
const source = (auth) => ({
    id: 'prom',
    type: 'prometheus',
    url: 'http://127.0.0.1:9090',
    timeout: 5,
    auth,
});
const files = {
    '/secrets/token': 's3cret\n',
    '/secrets/empty': '\n',
    '/secrets/pw': 'hunter2',
};
const access = {
    env: { PROM_TOKEN: 'from-env' },
    readFile: (path) => {
        if (!(path in files))
            throw new Error(`ENOENT: no such file, open '${path}'`);
        return files[path];
    },
};
describe('authorizationHeader', () => {
    test('no auth, bearer from a file (newline dropped) or the environment', () => {
        expect((0, credentials_1.authorizationHeader)(source(undefined), access)).toEqual({ ok: true, header: null });
        expect((0, credentials_1.authorizationHeader)(source({ bearer_token_file: '/secrets/token' }), access)).toEqual({
            ok: true,
            header: 'Bearer s3cret',
        });
        expect((0, credentials_1.authorizationHeader)(source({ bearer_token_env: 'PROM_TOKEN' }), access)).toEqual({
            ok: true,
            header: 'Bearer from-env',
        });
    });
    test('basic auth with a password file', () => {
        const r = (0, credentials_1.authorizationHeader)(source({ basic_auth: { username: 'grafana', password_file: '/secrets/pw' } }), access);
        expect(r).toEqual({ ok: true, header: `Basic ${Buffer.from('grafana:hunter2').toString('base64')}` });
    });
    test('a missing file, an empty file or an unset variable says which', () => {
        expect((0, credentials_1.authorizationHeader)(source({ bearer_token_file: '/nope' }), access)).toEqual({
            ok: false,
            message: "source prom bearer token: cannot read /nope: ENOENT: no such file, open '/nope'",
        });
        expect((0, credentials_1.authorizationHeader)(source({ bearer_token_file: '/secrets/empty' }), access)).toEqual({
            ok: false,
            message: 'source prom bearer token: file /secrets/empty is empty',
        });
        expect((0, credentials_1.authorizationHeader)(source({ bearer_token_env: 'UNSET' }), access)).toEqual({
            ok: false,
            message: 'source prom bearer token: environment variable UNSET is not set',
        });
    });
});
//# sourceMappingURL=credentials.test.js.map