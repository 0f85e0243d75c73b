/**
 * Duplicate ids: nodes, models, sources, teams, policies, scenarios; features within a model;
 * receivers within a team; children within a node.
 */
import type { Section } from '../convert';
import { formatPath, type PathSegment } from '../issues';
import { IssueList, type CheckInput } from './context';

const SECTIONS: Array<[Section, string]> = [
  ['sources', 'source'],
  ['models', 'model'],
  ['nodes', 'node'],
  ['teams', 'team'],
  ['escalation_policies', 'escalation policy'],
  ['scenarios', 'scenario'],
];

export function checkDuplicateIds(input: CheckInput): IssueList['issues'] {
  const list = new IssueList(input);
  // Over every element as written, so that a duplicate of an element with a schema error is still found.
  for (const [section, what] of SECTIONS) {
    const present = input.allIds[section].flatMap((id, i) => (id === undefined ? [] : [{ id, i }]));
    const fileIndex = (k: number): number => (present[k] as { i: number }).i;
    reportRepeats(
      present.map((p) => p.id),
      (k) => [section, fileIndex(k), 'id'],
      (k) => [section, fileIndex(k)],
      what,
      list,
    );
  }
  checkNestedIds(input, list);
  return list.issues;
}

/** Feature names within a model, receiver names within a team, children within a node. */
function checkNestedIds(input: CheckInput, list: IssueList): void {
  const within = (
    ids: string[],
    at: (i: number) => PathSegment[],
    key: string | undefined,
    what: string,
  ): void => reportRepeats(ids, (i) => (key === undefined ? at(i) : [...at(i), key]), at, what, list);
  input.spec.models.forEach((model, m) => {
    within(
      model.features.map((f) => f.name),
      (i) => list.at('models', m, 'features', i),
      'name',
      'feature',
    );
  });
  input.spec.teams.forEach((team, t) => {
    within(
      team.receivers.map((r) => r.name),
      (i) => list.at('teams', t, 'receivers', i),
      'name',
      'receiver',
    );
  });
  input.spec.nodes.forEach((node, n) => {
    const children = (node.children ?? []).map((c) => c.node);
    within(children, (i) => list.at('nodes', n, 'children', i), undefined, 'child');
  });
}

function reportRepeats(
  ids: string[],
  pathOf: (i: number) => PathSegment[],
  firstPathOf: (i: number) => PathSegment[],
  what: string,
  list: IssueList,
): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else list.error(pathOf(i), `duplicate ${what} '${id}' (first at ${formatPath(firstPathOf(earlier))})`);
  });
}
