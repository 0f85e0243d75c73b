/**
 * Placeholders still to fill in: warnings (never errors), so that a spec written by `mlhealth init`
 * validates and serves at once while `mlhealth validate` lists what a person must still decide.
 * - A text field (owner, title, description, provenance, playbook of a node; owner, title of a model)
 *   that starts with the marker `TODO` (`owner: 'TODO: the team that answers for this outcome'`).
 * - An impact exposure of `{constant: 0}`: the outcome is priced at nothing, whatever its score.
 */
import type { NodeSpec } from '../types';
import { IssueList, type CheckInput } from './context';

/** The marker a placeholder text starts with. */
export const PLACEHOLDER_MARKER = 'TODO';

const NODE_TEXTS = ['owner', 'title', 'description', 'provenance', 'playbook'] as const;
const MODEL_TEXTS = ['owner', 'title'] as const;

/**
 * Whether `text` is a placeholder: it starts with `TODO` as a word (`TODO`, `TODO: …`, `TODO …`).
 * @example isPlaceholder('TODO: the owning team') // true
 * @example isPlaceholder('TODOS-team') // false
 */
export function isPlaceholder(text: string | undefined): boolean {
  return text !== undefined && new RegExp(`^${PLACEHOLDER_MARKER}\\b`).test(text.trim());
}

/** The placeholder warnings of a spec: TODO texts of models and nodes, zero exposures. Pure. */
export function checkPlaceholders(input: CheckInput): IssueList['issues'] {
  const list = new IssueList(input);
  input.spec.models.forEach((model, m) => {
    for (const key of MODEL_TEXTS) {
      if (isPlaceholder(model[key]))
        list.warning(list.at('models', m, key), `placeholder: ${describe(key, model[key])}`);
    }
  });
  input.spec.nodes.forEach((node, n) => {
    for (const key of NODE_TEXTS) {
      if (isPlaceholder(node[key]))
        list.warning(list.at('nodes', n, key), `placeholder: ${describe(key, node[key])}`);
    }
    if (isZeroExposure(node)) {
      list.warning(
        list.at('nodes', n, 'impact', 'exposure', 'constant'),
        `placeholder: the exposure is 0, so this outcome is priced at nothing whatever its score; set the ${node.impact?.unit ?? 'impact unit'} at stake (a constant, or a PromQL query)`,
      );
    }
  });
  return list.issues;
}

function describe(key: string, text: string | undefined): string {
  return `${key} is '${text ?? ''}'; replace it before relying on this spec`;
}

function isZeroExposure(node: NodeSpec): boolean {
  const exposure = node.impact?.exposure;
  return exposure !== undefined && 'constant' in exposure && exposure.constant === 0;
}
