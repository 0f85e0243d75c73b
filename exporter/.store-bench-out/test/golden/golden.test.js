"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The demo's `/metrics` at a fixed clock and fixed seeded traffic, diffed against the committed golden
 * file. A difference means the exposition changed: if intended, run
 * `npm run test:golden:update -w exporter` and commit the new file with the change.
 */
const node_fs_1 = require("node:fs");
const demoMetrics_1 = require("./demoMetrics");
describe('golden /metrics of the demo', () => {
    it('matches test/golden/demo-metrics.txt (update deliberately: npm run test:golden:update -w exporter)', async () => {
        const actual = await (0, demoMetrics_1.goldenDemoMetrics)();
        const expected = (0, node_fs_1.readFileSync)(demoMetrics_1.GOLDEN_PATH, 'utf8');
        expect(actual).toBe(expected);
    }, 60_000);
    it('is deterministic: two runs give the same text', async () => {
        expect(await (0, demoMetrics_1.goldenDemoMetrics)()).toBe(await (0, demoMetrics_1.goldenDemoMetrics)());
    }, 60_000);
    it('drops process metrics and normalises the scrape duration', () => {
        const text = [
            '# HELP process_cpu_seconds_total cpu',
            '# TYPE process_cpu_seconds_total counter',
            'process_cpu_seconds_total 1.5',
            '',
            '# HELP mlhealth_up up',
            '# TYPE mlhealth_up gauge',
            'mlhealth_up 1',
            '',
            'mlhealth_scrape_duration_seconds 0.0123',
        ].join('\n');
        expect((0, demoMetrics_1.normaliseExposition)(text)).toBe([
            '# HELP mlhealth_up up',
            '# TYPE mlhealth_up gauge',
            'mlhealth_up 1',
            '',
            'mlhealth_scrape_duration_seconds <duration>',
        ].join('\n'));
    });
});
//# sourceMappingURL=golden.test.js.map