/**
 * The real write side over the mini spec's model `m` (x numeric 0..10, c categorical a|b) and a copy of
 * it named `m2`: engine, monitors and `IngestService`, optionally with a durable log that fails for
 * some models (a store that cannot write).
 */
import { MINI_SPEC } from '../../../../test/fixtures/miniSpec';
import { evaluateCascade } from '../../../cascade';
import { Engine } from '../../../engine/engine';
import { ModelMonitor, monitorConfigFromSpec } from '../../../signals/monitor';
import type { Spec } from '../../../spec/types';
import { IngestService } from '../../ingestService';
import type { DurabilityPort } from '../../ports';

export const NOW = 1_700_000_000;

export function miniIngest(failingModels: readonly string[] = []): {
  service: IngestService;
  monitors: Map<string, ModelMonitor>;
} {
  const spec: Spec = { ...MINI_SPEC, models: [...MINI_SPEC.models, { ...MINI_SPEC.models[0], id: 'm2' }] };
  const monitors = new Map(
    spec.models.map((m) => [m.id, new ModelMonitor(monitorConfigFromSpec(spec, m.id), { now: NOW })]),
  );
  const engine = new Engine({
    spec,
    sha256: 'sha',
    monitors,
    cascade: { evaluate: evaluateCascade },
    sources: null,
    log: () => undefined,
  });
  const durability: DurabilityPort = {
    async commit(model, _op, _at, apply) {
      if (failingModels.includes(model)) throw new Error(`disk full writing ${model}`);
      return apply();
    },
    referenceChanged: () => undefined,
  };
  return { service: new IngestService(engine, () => NOW, {}, durability), monitors };
}
