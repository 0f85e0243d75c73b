import { MINI_SPEC } from '../../test/fixtures/miniSpec';
import { evaluateCascade } from '../cascade';
import { HttpError, httpErrorOf } from '../server/errors';
import { ModelMonitor, monitorConfigFromSpec } from '../signals/monitor';
import type { Spec, TypeMismatchPolicy } from '../spec/types';
import { Engine } from '../engine/engine';
import { IngestService } from './ingestService';

const NOW = 1_700_000_000;

/** The mini spec's model `m` (x numeric 0..10, c categorical a|b) under a type-mismatch policy. */
function serviceWith(policy: TypeMismatchPolicy | undefined): {
  service: IngestService;
  monitor: ModelMonitor;
} {
  const spec: Spec = {
    ...MINI_SPEC,
    models: MINI_SPEC.models.map((m) => (policy === undefined ? m : { ...m, type_mismatch: policy })),
  };
  const monitor = new ModelMonitor(monitorConfigFromSpec(spec, 'm'), { now: NOW });
  const engine = new Engine({
    spec,
    sha256: 'sha',
    monitors: new Map([['m', monitor]]),
    cascade: { evaluate: evaluateCascade },
    sources: null,
    log: () => undefined,
  });
  return { service: new IngestService(engine, () => NOW), monitor };
}

const mistyped = JSON.stringify([
  { features: { x: 3, c: 'a' } },
  { features: { x: 'three', c: 'a' } },
  { features: { x: 12, c: 'z' } },
]);

async function refusal(p: Promise<unknown>): Promise<HttpError> {
  try {
    await p;
  } catch (err) {
    const http = httpErrorOf(err);
    if (http !== null) return http;
    throw err;
  }
  throw new Error('expected the batch to be refused');
}

describe('IngestService: a mistyped feature value follows the model type-mismatch policy', () => {
  test.each([
    ['reject', 'reject'],
    ['absent (the default)', undefined],
  ] as const)('policy %s refuses the whole batch with 422, counted under reason type', async (_, policy) => {
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
    await expect(
      service.events('m', JSON.stringify([{ features: { x: -4, c: 'z' } }])),
    ).resolves.toMatchObject({ accepted: 1 });
    const [x, c] = monitor.evaluate(NOW).detail.features;
    expect(x.violationsTotal).toEqual({ type: 0, range: 1, unseen_category: 0 });
    expect(c.violationsTotal).toEqual({ type: 0, range: 0, unseen_category: 1 });
  });
});

describe('IngestService: the model limit (--max-models)', () => {
  test('serves the first models of the spec and refuses writes for later ones whole, counted as too_many_models', async () => {
    const second = { ...MINI_SPEC.models[0]!, id: 'm2' };
    const spec: Spec = { ...MINI_SPEC, models: [...MINI_SPEC.models, second] };
    const monitors = new Map(
      ['m', 'm2'].map((id) => [id, new ModelMonitor(monitorConfigFromSpec(spec, id), { now: NOW })] as const),
    );
    const engine = new Engine({
      spec,
      sha256: 'sha',
      monitors,
      cascade: { evaluate: evaluateCascade },
      sources: null,
      log: () => undefined,
    });
    const service = new IngestService(engine, () => NOW, { maxModels: 1 });
    const batch = JSON.stringify([{ features: { x: 3, c: 'a' } }]);

    await expect(service.events('m', batch)).resolves.toMatchObject({ accepted: 1 });
    const err = await refusal(service.events('m2', batch));
    expect(err.status).toBe(422);
    expect(err.details).toEqual([
      {
        path: ':model',
        message: 'model m2 is number 2 of the spec; the exporter serves the first 1 (--max-models)',
      },
    ]);
    expect(service.totals().rejected.get('m2')).toEqual(new Map([['too_many_models', 1]]));
    expect(monitors.get('m2')!.evaluate(NOW).detail.predictionsTotal).toBe(0);
  });
});
