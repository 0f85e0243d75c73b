/**
 * The drift tests of one evaluation, computed on demand and cached: each feature's default test (its
 * declared method, else the automatic rule) corrected across the model's features, plus any test a
 * node asks for with another method, corrected within the same family with its own p-value in place
 * of the feature's default one.
 */
import type { DriftMethod, FeatureSpec, ModelSpec } from '../spec/types';
import { correctFamily, rawDriftTest } from './driftTests';
import type { DriftInput, DriftSettings } from './driftTests';
import type { FeatureDriftResult } from './types';

export class DriftBook {
  private defaults: FeatureDriftResult[] | null = null;
  private rawDefaults: FeatureDriftResult[] | null = null;
  private readonly others = new Map<string, FeatureDriftResult>();

  constructor(
    private readonly inputs: readonly DriftInput[],
    private readonly features: readonly FeatureSpec[],
    private readonly settings: DriftSettings,
    private readonly correction: ModelSpec['correction'],
  ) {}

  /** Every feature's default test, corrected, in spec order. */
  all(): FeatureDriftResult[] {
    if (this.defaults === null) {
      this.rawDefaults = this.inputs.map((input, i) =>
        rawDriftTest(input, this.features[i].drift_method, this.settings),
      );
      this.defaults = correctFamily(this.rawDefaults, this.correction);
    }
    return this.defaults;
  }

  /** One feature's test with `method` (its default when absent); undefined for an undeclared feature. */
  result(feature: string, method?: DriftMethod): FeatureDriftResult | undefined {
    const i = this.features.findIndex((f) => f.name === feature);
    if (i < 0) return undefined;
    const defaults = this.all();
    if (method === undefined || method === defaults[i].method) return defaults[i];
    const key = `${feature}\u0000${method}`;
    let found = this.others.get(key);
    if (found === undefined) {
      const family = [...(this.rawDefaults as FeatureDriftResult[])];
      family[i] = rawDriftTest(this.inputs[i], method, this.settings);
      found = correctFamily(family, this.correction)[i];
      this.others.set(key, found);
    }
    return found;
  }
}
