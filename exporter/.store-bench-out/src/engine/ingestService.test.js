"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const miniSpec_1 = require("../../test/fixtures/miniSpec");
const cascade_1 = require("../cascade");
const errors_1 = require("../server/errors");
const monitor_1 = require("../signals/monitor");
const engine_1 = require("./engine");
const ingestService_1 = require("./ingestService");
const NOW = 1_700_000_000;
/** The mini spec's model `m` (x numeric 0..10, c categorical a|b) under a type-mismatch policy. */
function serviceWith(policy) {
    const spec = {
        ...miniSpec_1.MINI_SPEC,
        models: miniSpec_1.MINI_SPEC.models.map((m) => (policy === undefined ? m : { ...m, type_mismatch: policy })),
    };
    const monitor = new monitor_1.ModelMonitor((0, monitor_1.monitorConfigFromSpec)(spec, 'm'), { now: NOW });
    const engine = new engine_1.Engine({
        spec,
        sha256: 'sha',
        monitors: new Map([['m', monitor]]),
        cascade: { evaluate: cascade_1.evaluateCascade },
        sources: null,
        log: () => undefined,
    });
    return { service: new ingestService_1.IngestService(engine, () => NOW), monitor };
}
const mistyped = JSON.stringify([
    { features: { x: 3, c: 'a' } },
    { features: { x: 'three', c: 'a' } },
    { features: { x: 12, c: 'z' } },
]);
async function refusal(p) {
    try {
        await p;
    }
    catch (err) {
        if (err instanceof errors_1.HttpError)
            return err;
        throw err;
    }
    throw new Error('expected the batch to be refused');
}
describe('IngestService: a mistyped feature value follows the model type-mismatch policy', () => {
    test.each([
        ['reject', 'reject'],
        ['absent (the default)', undefined],
    ])('policy %s refuses the whole batch with 422, counted under reason type', async (_, policy) => {
        const { service, monitor } = serviceWith(policy);
        const err = await refusal(service.events('m', mistyped));
        expect(err.status).toBe(422);
        expect(err.details).toEqual([
            {
                path: '[1].features.x',
                message: 'x is a numeric feature: expected a number, got the string "three"',
            },
        ]);
        expect(service.totals().rejected.get('m')).toEqual(new Map([['type', 1]]));
        expect(service.totals().accepted.get('m')).toBeUndefined();
        expect(monitor.evaluate(NOW).detail.predictionsTotal).toBe(0); // nothing half-applied
    });
    test('policy count accepts it as a type violation; range and unseen-category violations are counted alike', async () => {
        const { service, monitor } = serviceWith('count');
        await expect(service.events('m', mistyped)).resolves.toMatchObject({ accepted: 3 });
        const [x, c] = monitor.evaluate(NOW).detail.features;
        expect(x.violationsTotal).toEqual({ type: 1, range: 1, unseen_category: 0 });
        expect(c.violationsTotal).toEqual({ type: 0, range: 0, unseen_category: 1 });
        expect(service.totals().rejected.get('m')).toBeUndefined();
    });
    test('out-of-range numbers and unseen categories are accepted under reject too', async () => {
        const { service, monitor } = serviceWith('reject');
        await expect(service.events('m', JSON.stringify([{ features: { x: -4, c: 'z' } }]))).resolves.toMatchObject({ accepted: 1 });
        const [x, c] = monitor.evaluate(NOW).detail.features;
        expect(x.violationsTotal).toEqual({ type: 0, range: 1, unseen_category: 0 });
        expect(c.violationsTotal).toEqual({ type: 0, range: 0, unseen_category: 1 });
    });
});
//# sourceMappingURL=ingestService.test.js.map