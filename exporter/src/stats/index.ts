/**
 * The statistics core of mlhealth: pure two-sample tests and distances between a reference and a
 * current sample, matching scipy (see docs/statistics.md and scripts/gen_stats_fixtures.py).
 * May import: nothing (the bottom room).
 */
export type {
  CategoricalResult,
  Column,
  Correction,
  DriftMethod,
  FeatureDriftResult,
  MethodChoice,
  TestResult,
} from './types';
export { ksTwoSample, ksTwoSampleSorted, KS_MAX_EXACT_N } from './ksTwoSample';
export type { KsMethod } from './ksTwoSample';
export { quantileBinEdges } from './quantileBinEdges';
export { histogram } from './histogram';
export { psi, psiSamples, PSI_EPSILON, DEFAULT_BINS } from './psi';
export { jensenShannonDistance, jensenShannonSamples } from './jensenShannon';
export { hellingerDistance } from './hellinger';
export { wassersteinDistance, wassersteinNormed, WASSERSTEIN_STD_FLOOR } from './wasserstein';
export { chiSquareContingency } from './chiSquare';
export { categoricalJensenShannon, categoricalHellinger } from './categoricalDistances';
export { twoProportionZTest } from './zTest';
export { adjustPValues } from './adjustPValues';
export {
  chooseMethod,
  EFFECTIVE_SIZE_LIMIT,
  BINARY_MAX_UNIQUE,
  LOW_CARDINALITY_MAX_UNIQUE,
} from './chooseMethod';
export type { ChooseMethodInput } from './chooseMethod';
export {
  isPValueMethod,
  defaultThreshold,
  minimumSampleSize,
  DRIFT_METHODS,
  DEFAULT_P_VALUE_THRESHOLD,
  DEFAULT_DISTANCE_THRESHOLD,
} from './methods';
export { driftTest, driftTests } from './driftTest';
export type { DriftTestOptions, DriftTestRequest } from './driftTest';
export { driftStatisticSorted } from './numericDrift';
export { fitEncoding, encodeSample, encodedSource } from './multivariate/encode';
export { fitPca, reconstructionErrors, PCA_VARIANCE_SHARE, type PcaModel } from './multivariate/pca';
export { chunkBand, THRESHOLD_CHUNKS, THRESHOLD_WIDTH, type Band } from './multivariate/chunkThresholds';
export { pcaReconstructionDrift, type PcaDriftResult, type PcaDriftOptions } from './multivariate/pcaDrift';
export type {
  MultivariateColumn,
  MultivariateSample,
  DenseMatrix,
  ColumnEncoding,
  RowSource,
} from './multivariate/types';
export {
  classifierDrift,
  pickRows,
  DEFAULT_AUC_THRESHOLD,
  DEFAULT_FOLDS,
  DEFAULT_CLASSIFIER_ROWS,
  type ClassifierDriftOptions,
  type ClassifierDriftResult,
  type SeparatingFeature,
} from './multivariate/classifierDrift';
export { rocAuc } from './multivariate/auc';
export { seededUniform, sampleRows, shuffleInPlace, type Uniform } from './multivariate/seeded';
