/**
 * KServe names: two models may not answer to the same InferenceService (`models[].kserve.name`, else the
 * model id), or `POST /api/v1/kserve` could not tell whose events arrive. Two models with the same id
 * and no `kserve.name` are left to the duplicate-id check.
 */
import type { ModelSpec } from '../types';
import { IssueList, type CheckInput } from './context';

/** The InferenceService name a model answers to: `kserve.name`, else its id. */
const serviceOf = (model: ModelSpec): string => model.kserve?.name ?? model.id;

export function checkKserveNames(input: CheckInput): IssueList['issues'] {
  const list = new IssueList(input);
  const models = input.spec.models;
  const first = new Map<string, number>();
  models.forEach((model, m) => {
    const name = serviceOf(model);
    const earlier = first.get(name);
    if (earlier === undefined) {
      first.set(name, m);
      return;
    }
    const other = models[earlier];
    if (model.kserve?.name === undefined && other.kserve?.name === undefined) return;
    const path =
      model.kserve?.name === undefined ? list.at('models', m, 'id') : list.at('models', m, 'kserve', 'name');
    list.error(
      path,
      `model '${model.id}' answers to the KServe InferenceService '${name}', as model '${other.id}' does: set models[].kserve.name so that each service is one model`,
    );
  });
  return list.issues;
}
