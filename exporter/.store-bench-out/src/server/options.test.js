"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const io_1 = require("../cli/io");
const options_1 = require("./options");
describe('parseServeOptions', () => {
    it('defaults to the demo on 127.0.0.1:9853', () => {
        expect((0, options_1.parseServeOptions)([])).toEqual({
            host: '127.0.0.1',
            port: 9853,
            demoTimeScale: 1,
            demoSeed: 1,
            maxBodyBytes: options_1.DEFAULT_MAX_BODY_BYTES,
            maxBatchEvents: 10000,
        });
    });
    it('reads every flag', () => {
        const o = (0, options_1.parseServeOptions)([
            '--spec',
            's.yaml',
            '--listen',
            '0.0.0.0:0',
            '--max-body-bytes',
            '1000',
            '--max-batch-events',
            '5',
            '--data-dir',
            '/var/lib/mlhealth',
        ]);
        expect(o).toMatchObject({
            specPath: 's.yaml',
            host: '0.0.0.0',
            port: 0,
            maxBodyBytes: 1000,
            maxBatchEvents: 5,
            dataDir: '/var/lib/mlhealth',
        });
        expect((0, options_1.parseServeOptions)(['--demo-time-scale', '12.5'])?.demoTimeScale).toBe(12.5);
    });
    it('returns null for --help', () => {
        expect((0, options_1.parseServeOptions)(['--help'])).toBeNull();
    });
    it('names the bad flag', () => {
        expect(() => (0, options_1.parseServeOptions)(['--listen', 'localhost'])).toThrow(new io_1.UsageError("--listen 'localhost' is not HOST:PORT (e.g. 127.0.0.1:9853)"));
        expect(() => (0, options_1.parseServeOptions)(['--demo-time-scale', '0'])).toThrow(io_1.UsageError);
        expect(() => (0, options_1.parseServeOptions)(['--spec', 'a.yaml', '--demo-time-scale', '3'])).toThrow('--demo-time-scale only applies to the built-in demo');
        expect(() => (0, options_1.parseServeOptions)(['--bogus'])).toThrow("unknown option '--bogus'");
    });
});
describe('parseListen', () => {
    it('reads IPv6 hosts in brackets', () => {
        expect((0, options_1.parseListen)('[::1]:9000')).toEqual({ host: '::1', port: 9000 });
    });
    it('refuses a port out of range', () => {
        expect(() => (0, options_1.parseListen)('127.0.0.1:70000')).toThrow(io_1.UsageError);
    });
});
//# sourceMappingURL=options.test.js.map