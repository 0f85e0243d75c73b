"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** The listen guard: loopback always, elsewhere only with a write token or --insecure. */
const listenGuard_1 = require("./listenGuard");
test.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['', false],
    ['192.168.1.10', false],
    ['128.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['localhost.example.com', false],
    ['exporter.internal', false],
])('isLoopbackHost(%j) is %s', (host, loopback) => {
    expect((0, listenGuard_1.isLoopbackHost)(host)).toBe(loopback);
});
describe('checkListenSafety', () => {
    test('loopback is always allowed', () => {
        expect((0, listenGuard_1.checkListenSafety)('127.0.0.1', false, false)).toEqual({ ok: true, warning: null });
    });
    test('a non-loopback address without a token is refused, naming --insecure and the ways out', () => {
        const verdict = (0, listenGuard_1.checkListenSafety)('0.0.0.0', false, false);
        expect(verdict.ok).toBe(false);
        expect(!verdict.ok && verdict.message).toBe('refusing to listen on 0.0.0.0 without an ingest/admin token: anyone on the network could write. ' +
            'Configure a token (--token-file FILE, or MLHEALTH_INGEST_TOKEN / MLHEALTH_ADMIN_TOKEN), listen on 127.0.0.1, or pass --insecure to accept the risk');
    });
    test('with a write token it is allowed', () => {
        expect((0, listenGuard_1.checkListenSafety)('0.0.0.0', true, false)).toEqual({ ok: true, warning: null });
    });
    test('--insecure allows it with a warning', () => {
        const verdict = (0, listenGuard_1.checkListenSafety)('::', false, true);
        expect(verdict).toEqual({
            ok: true,
            warning: expect.stringContaining('listening on :: with --insecure'),
        });
    });
});
//# sourceMappingURL=listenGuard.test.js.map