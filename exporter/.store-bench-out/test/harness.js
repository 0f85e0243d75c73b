"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.T0 = void 0;
exports.buildOptions = buildOptions;
exports.harness = harness;
exports.serve = serve;
const simulator_1 = require("../src/demo/simulator");
const main_1 = require("../src/main");
const listen_1 = require("../src/server/listen");
const options_1 = require("../src/server/options");
/** The fixed start of every clock-driven test: 2023-11-14T22:13:20Z. */
exports.T0 = 1_700_000_000;
function buildOptions(overrides = {}) {
    return {
        host: '127.0.0.1',
        port: 0,
        demoTimeScale: 1,
        demoSeed: 1,
        maxBodyBytes: options_1.DEFAULT_MAX_BODY_BYTES,
        maxBatchEvents: 10_000,
        processMetrics: false,
        log: () => undefined,
        ...overrides,
    };
}
/** The exporter at clock `T0` (the demo when `specPath` is absent). */
async function harness(overrides = {}) {
    let now = exports.T0;
    const built = await (0, main_1.buildExporter)(buildOptions({ clock: () => now, ...overrides }));
    built.engine.tick(now);
    return {
        built,
        now: () => now,
        async advance(seconds, step = 1) {
            const end = now + seconds;
            while (now < end - 1e-9) {
                now = Math.min(end, now + step);
                if (built.demo !== null)
                    await (0, simulator_1.stepDemo)(built.demo.traffic, built.ingest, now);
                built.engine.tick(now);
            }
        },
    };
}
/** Serves `app` on 127.0.0.1 at a free port. */
function serve(app) {
    return (0, listen_1.listen)(app, '127.0.0.1', 0);
}
//# sourceMappingURL=harness.js.map