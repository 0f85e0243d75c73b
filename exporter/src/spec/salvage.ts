/**
 * After the schema check, keep what is sound so that semantic checks can still run and the user sees
 * every problem in one go: an element of a list (a node, a model …) with a schema error is left out,
 * but its id is remembered so that references to it are not reported as dangling as well.
 */
import type { Origins, Section } from './convert';
import type { PendingIssue } from './issues';
import type { RawSpec } from './raw';

const SECTIONS: readonly Section[] = [
  'sources',
  'models',
  'nodes',
  'teams',
  'escalation_policies',
  'scenarios',
];

/**
 * Keys of list elements whose absence no other check depends on: a schema error inside one of them drops
 * that key only, so the rest of the element is still checked. An error anywhere else drops the element.
 */
const REMOVABLE: Record<string, ReadonlySet<string>> = {
  nodes: new Set([
    'title',
    'description',
    'owner',
    'provenance',
    'playbook',
    'cadence',
    'escalation',
    'unit',
    'score_mapping',
    'objective',
    'unknown_policy',
    'max_unknown_share',
    'impact',
    'decay',
    'retrain_trigger',
  ]),
  models: new Set([
    'title',
    'owner',
    'window',
    'evaluation_interval',
    'sample_size',
    'bins',
    'correction',
    'positive_class',
    'reference_taken_at',
    'kserve',
  ]),
  sources: new Set(['timeout', 'auth']),
  teams: new Set(['title']),
  scenarios: new Set(['title', 'description']),
};

/** Ids of elements left out, per section; a section in `whole` was unusable as a list. */
export interface Unresolved {
  ids: Record<Section, Set<string>>;
  whole: Set<Section>;
}

export interface Salvaged {
  raw: RawSpec;
  origins: Origins;
  unresolved: Unresolved;
  /** The id of every element of each section as written (undefined when not a string), by index in the file. */
  allIds: Record<Section, Array<string | undefined>>;
}

/** Whether a reference into `section` to `id` may point at something the schema check left out. */
export function isUnresolved(unresolved: Unresolved, section: Section, id: string): boolean {
  return unresolved.whole.has(section) || unresolved.ids[section].has(id);
}

/** The sound part of `data` given its schema issues; undefined when the document is not a mapping. */
export function salvage(data: unknown, schemaIssues: readonly PendingIssue[]): Salvaged | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const source = structuredClone(data) as Record<string, unknown>;
  const { tainted, taintedKeys } = repairOrTaint(source, schemaIssues);
  const unresolved: Unresolved = {
    ids: Object.fromEntries(SECTIONS.map((s) => [s, new Set<string>()])) as Record<Section, Set<string>>,
    whole: new Set(),
  };
  const origins = {} as Origins;
  const allIds = {} as Record<Section, Array<string | undefined>>;
  const raw: Record<string, unknown> = { ...source };
  for (const section of SECTIONS) {
    const list = source[section];
    allIds[section] = Array.isArray(list) ? list.map(idOf) : [];
    const usable = Array.isArray(list) && !taintedKeys.has(section);
    if (list !== undefined && !usable) unresolved.whole.add(section);
    const bad = tainted.get(section) ?? new Set<number>();
    origins[section] = usable ? list.map((_, i) => i).filter((i) => !bad.has(i)) : [];
    raw[section] = usable ? origins[section].map((i) => list[i]) : [];
    if (usable) for (const i of bad) addId(unresolved.ids[section], list[i]);
  }
  for (const key of ['defaults', 'links']) if (taintedKeys.has(key) || tainted.has(key)) raw[key] = {};
  if (taintedKeys.has('name') || typeof raw.name !== 'string') raw.name = '?';
  if (taintedKeys.has('version') || raw.version === undefined) raw.version = '0';
  if (taintedKeys.has('currency')) delete raw.currency;
  if (taintedKeys.has('description')) delete raw.description;
  return { raw: raw as unknown as RawSpec, origins, unresolved, allIds };
}

/**
 * Repairs `source` in place where an error spoils nothing else (unknown keys, removable keys, a child's
 * weight, one scenario change), and returns what must be left out: list elements and top-level keys.
 */
function repairOrTaint(
  source: Record<string, unknown>,
  schemaIssues: readonly PendingIssue[],
): { tainted: Map<string, Set<number>>; taintedKeys: Set<string> } {
  const tainted = new Map<string, Set<number>>();
  const taintedKeys = new Set<string>();
  for (const issue of schemaIssues) {
    const [first, second, third] = issue.path;
    if (issue.atKey === true) {
      deleteAt(source, issue.path);
    } else if (typeof first !== 'string') {
      continue;
    } else if (
      typeof second === 'number' &&
      typeof third === 'string' &&
      REMOVABLE[first]?.has(third) === true
    ) {
      deleteAt(source, [first, second, third]);
    } else if (isChildWeight(issue.path)) {
      // A bad weight: check the rest of the node with the default weight.
      deleteAt(source, issue.path.slice(0, 5));
    } else if (first === 'scenarios' && third === 'changes' && typeof issue.path[3] === 'number') {
      // A bad change: the other changes of the scenario are still checked; this one becomes a change
      // that refers to nothing, so no check reports on it again.
      setAt(source, issue.path.slice(0, 4), { scale_exposure: { factor: 1 } });
    } else if (typeof second === 'number') {
      tainted.set(first, (tainted.get(first) ?? new Set()).add(second));
    } else {
      taintedKeys.add(first);
    }
  }
  return { tainted, taintedKeys };
}

function addId(ids: Set<string>, element: unknown): void {
  const id = idOf(element);
  if (id !== undefined) ids.add(id);
}

/** `nodes[i].children[j].weight` (or below it). */
function isChildWeight(path: readonly (string | number)[]): boolean {
  return path[0] === 'nodes' && path[2] === 'children' && typeof path[3] === 'number' && path[4] === 'weight';
}

function deleteAt(root: Record<string, unknown>, path: readonly (string | number)[]): void {
  let cursor: unknown = root;
  for (const seg of path.slice(0, -1)) {
    if (typeof cursor !== 'object' || cursor === null) return;
    cursor = (cursor as Record<string | number, unknown>)[seg];
  }
  if (typeof cursor === 'object' && cursor !== null)
    delete (cursor as Record<string, unknown>)[String(path[path.length - 1])];
}

function setAt(root: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let cursor: unknown = root;
  for (const seg of path.slice(0, -1)) {
    if (typeof cursor !== 'object' || cursor === null) return;
    cursor = (cursor as Record<string | number, unknown>)[seg];
  }
  if (typeof cursor === 'object' && cursor !== null)
    (cursor as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
}

function idOf(element: unknown): string | undefined {
  if (typeof element !== 'object' || element === null) return undefined;
  const id = (element as Record<string, unknown>).id;
  return typeof id === 'string' ? id : undefined;
}
