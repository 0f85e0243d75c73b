"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** Basic auth against bcrypt hashes: right/wrong/unknown, the success cache, hash validation, decoding. */
const bcryptjs_1 = require("bcryptjs");
const basicAuth_1 = require("./basicAuth");
const HASH = (0, bcryptjs_1.hashSync)('pa:ss wörd', 4);
describe('BasicAuthVerifier', () => {
    test('the right password passes and is cached; wrong ones and unknown users fail and are not', async () => {
        const verifier = new basicAuth_1.BasicAuthVerifier(new Map([['prometheus', HASH]]));
        expect(await verifier.verify('prometheus', 'wrong')).toBe(false);
        expect(await verifier.verify('grafana', 'pa:ss wörd')).toBe(false);
        expect(verifier.cachedCredentials).toBe(0);
        expect(await verifier.verify('prometheus', 'pa:ss wörd')).toBe(true);
        expect(verifier.cachedCredentials).toBe(1);
        expect(await verifier.verify('prometheus', 'pa:ss wörd')).toBe(true);
        expect(verifier.cachedCredentials).toBe(1);
        expect(await verifier.verify('prometheus', 'pa:ss wörd ')).toBe(false);
    });
    test('concurrent checks (queued one at a time) each get their own answer', async () => {
        const verifier = new basicAuth_1.BasicAuthVerifier(new Map([['prometheus', HASH]]));
        const answers = await Promise.all(['x', 'pa:ss wörd', 'y', 'pa:ss wörd'].map((p) => verifier.verify('prometheus', p)));
        expect(answers).toEqual([false, true, false, true]);
    });
    test("htpasswd's $2y$ hashes verify (exporter-toolkit's decoy hash is one)", async () => {
        const verifier = new basicAuth_1.BasicAuthVerifier(new Map([['u', '$2y$10$QOauhQNbBCuQDKes6eFzPeMqBSjb7Mr5DUmpZ/VcEd00UAV/LDeSi']]));
        expect(await verifier.verify('u', 'fakepassword')).toBe(true);
    });
});
test.each([
    [HASH, null],
    ['$2y$10$QOauhQNbBCuQDKes6eFzPeMqBSjb7Mr5DUmpZ/VcEd00UAV/LDeSi', null],
    ['secret', 'is not a bcrypt hash ($2y$10$ followed by 53 characters)'],
    ['$2y$10$short', 'is not a bcrypt hash ($2y$10$ followed by 53 characters)'],
    ['$2y$03$QOauhQNbBCuQDKes6eFzPeMqBSjb7Mr5DUmpZ/VcEd00UAV/LDeSi', 'has bcrypt cost 3, expected 4..31'],
])('bcryptHashProblem(%j) is %j', (hash, problem) => {
    expect((0, basicAuth_1.bcryptHashProblem)(hash)).toBe(problem);
});
test('decodeBasicCredential splits at the first colon and refuses what is not base64', () => {
    expect((0, basicAuth_1.decodeBasicCredential)(Buffer.from('user:pa:ss').toString('base64'))).toEqual({
        username: 'user',
        password: 'pa:ss',
    });
    expect((0, basicAuth_1.decodeBasicCredential)(Buffer.from('nocolon').toString('base64'))).toBeNull();
    expect((0, basicAuth_1.decodeBasicCredential)('not base64!')).toBeNull();
});
//# sourceMappingURL=basicAuth.test.js.map