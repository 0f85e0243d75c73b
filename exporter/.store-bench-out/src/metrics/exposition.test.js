"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const prom_client_1 = require("prom-client");
const exposition_1 = require("./exposition");
const family_1 = require("./family");
describe('CachedExposition', () => {
    function setUp() {
        const registry = new prom_client_1.Registry();
        let version = { v: 1 };
        let calls = 0;
        (0, family_1.registerFamily)(registry, { name: 'test_value', help: 'A value with "quotes" and a \\ backslash.', labels: ['node'] }, 'gauge', () => {
            calls++;
            return [{ labels: { node: 'a"b\\c\nd' }, value: version.v }];
        }, () => version);
        const counter = new prom_client_1.Counter({ name: 'test_live_total', help: 'live', registers: [registry] });
        return { registry, counter, bump: () => (version = { v: version.v + 1 }), calls: () => calls };
    }
    it('renders exactly what registry.metrics() renders, escapes included', async () => {
        const { registry, counter } = setUp();
        counter.inc(3);
        const text = await new exposition_1.CachedExposition(registry).render();
        expect(text).toBe(await registry.metrics());
        expect(text).toContain('test_value{node="a\\"b\\\\c\\nd"} 1');
    });
    it('formats a versioned family again only when its version changes; live families every time', async () => {
        const { registry, counter, bump, calls } = setUp();
        const exposition = new exposition_1.CachedExposition(registry);
        await exposition.render();
        counter.inc();
        const second = await exposition.render();
        expect(calls()).toBe(1);
        expect(second).toContain('test_live_total 1');
        bump();
        await exposition.prepare();
        expect(calls()).toBe(2);
        const third = await exposition.render();
        expect(calls()).toBe(2);
        expect(third).toContain('test_value{node="a\\"b\\\\c\\nd"} 2');
    });
});
//# sourceMappingURL=exposition.test.js.map