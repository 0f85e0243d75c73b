/**
 * KServe InferenceLogger CloudEvents written from KServe's own documents and code (not guessed):
 *
 * - Headers: the attributes `kserve/kserve` `pkg/logger/worker.go` sets on each event (specversion
 *   1.0, id, type `org.kubeflow.serving.inference.request|response`, source, the extensions
 *   inferenceservicename, namespace, component, endpoint, metadata as JSON), sent in binary mode
 *   (`cloudevents.WithEncodingBinary`), the content type being the inference request's own.
 * - v1 iris: `kserve/website` `docs/modelserving/logger/logger.md`, the message dumper's print of both
 *   events of one `sklearn-iris` inference (the same id, times 1.8 ms apart, endpoint empty).
 * - v2 iris: `kserve/website` `docs/modelserving/v1beta1/sklearn/v2/README.md` (`iris-input-v2.json` and
 *   the expected output of `sklearn-v2-iris`, `parameters: null` included).
 * - v2 class probabilities: the `predict_proba` output of KServe's sklearn server test (`output-0`,
 *   shape [2, 3], FP64, flat data).
 * - Tensor data nested or flat, row-major: `kserve/open-inference-protocol`
 *   `specification/protocol/inference_rest.md`, "Tensor Data".
 */
import type { ModelSpec } from '../../../spec/types';
import { KSERVE_REQUEST_TYPE, KSERVE_RESPONSE_TYPE, type KserveSide } from '../cloudEvent';

/** The two times of the logger document's v1 events. */
export const DOC_REQUEST_TIME = '2021-04-10T00:23:26.0789529Z';
export const DOC_RESPONSE_TIME = '2021-04-10T00:23:26.080736102Z';

/** The `ce-*` headers of one event (lower-case, as Node reads them); `overrides` replace or add headers. */
export function loggerHeaders(
  side: KserveSide,
  id: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'ce-specversion': '1.0',
    'ce-type': side === 'request' ? KSERVE_REQUEST_TYPE : KSERVE_RESPONSE_TYPE,
    'ce-source': 'http://localhost:9081/',
    'ce-id': id,
    'ce-time': side === 'request' ? DOC_REQUEST_TIME : DOC_RESPONSE_TIME,
    'ce-inferenceservicename': 'sklearn-iris',
    'ce-namespace': 'default',
    'ce-component': 'predictor',
    'ce-endpoint': '',
    'ce-metadata': '{}',
    ...overrides,
  };
}

/** A header reader over `headers`, like express's `req.get`. */
export function headerReader(headers: Record<string, string>): (name: string) => string | undefined {
  return (name) => headers[name.toLowerCase()];
}

export const V1_IRIS_REQUEST = {
  instances: [
    [6.8, 2.8, 4.8, 1.4],
    [6.0, 3.4, 4.5, 1.6],
  ],
};
export const V1_IRIS_RESPONSE = { predictions: [1, 1] };

export const V2_IRIS_REQUEST = {
  inputs: [
    {
      name: 'input-0',
      shape: [2, 4],
      datatype: 'FP32',
      data: [
        [6.8, 2.8, 4.8, 1.4],
        [6.0, 3.4, 4.5, 1.6],
      ],
    },
  ],
};
export const V2_IRIS_RESPONSE = {
  id: '823248cc-d770-4a51-9606-16803395569c',
  model_name: 'sklearn-v2-iris',
  model_version: 'v1.0.0',
  outputs: [{ data: [1, 1], datatype: 'INT64', name: 'predict', parameters: null, shape: [2] }],
};
export const V2_IRIS_PROBA_RESPONSE = {
  outputs: [
    {
      name: 'output-0',
      shape: [2, 3],
      datatype: 'FP64',
      data: [
        3.7899802486733807e-6, 0.9996982074114203, 0.00029800260833088297, 5.2172911836629736e-5,
        0.99973341723876, 0.000214409849403366,
      ],
    },
  ],
};

const MODEL_DEFAULTS = {
  version: '1',
  window: { duration: 600 },
  evaluation_interval: 5,
  sample_size: 5000,
  bins: 10,
  correction: 'bh' as const,
  type_mismatch: 'reject' as const,
};

/** The iris classifier of KServe's examples, its four features in the order of its instances. */
export const IRIS_MODEL: ModelSpec = {
  id: 'sklearn-iris',
  task: 'classification',
  features: [
    { name: 'sepal_length', type: 'numeric' },
    { name: 'sepal_width', type: 'numeric' },
    { name: 'petal_length', type: 'numeric' },
    { name: 'petal_width', type: 'numeric' },
  ],
  ...MODEL_DEFAULTS,
};

/** A credit model served as `credit-risk`, whose outputs are a label and a score. */
export const CREDIT_MODEL: ModelSpec = {
  id: 'credit',
  task: 'classification',
  features: [
    { name: 'income', type: 'numeric' },
    { name: 'country', type: 'categorical' },
  ],
  kserve: { name: 'credit-risk', prediction: 'label', confidence: 'score' },
  ...MODEL_DEFAULTS,
};

/** A v2 request naming each feature's tensor (a BYTES tensor for the categorical one). */
export const V2_CREDIT_REQUEST = {
  inputs: [
    { name: 'income', shape: [2], datatype: 'FP64', data: [52000, 31000.5] },
    { name: 'country', shape: [2, 1], datatype: 'BYTES', data: [['DE'], ['FR']] },
  ],
};
export const V2_CREDIT_RESPONSE = {
  model_name: 'credit-risk',
  outputs: [
    { name: 'label', shape: [2], datatype: 'BYTES', data: ['good', 'bad'] },
    { name: 'score', shape: [2], datatype: 'FP32', data: [0.91, 0.66] },
  ],
};
