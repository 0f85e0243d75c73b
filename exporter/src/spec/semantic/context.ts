/**
 * What every semantic check receives: the converted spec, where each element sits in the file, and the
 * ids the schema check left out (references to those are not reported twice).
 */
import { didYouMean } from '../closest';
import type { Origins, Section } from '../convert';
import type { PathSegment, PendingIssue } from '../issues';
import { isUnresolved, type Unresolved } from '../salvage';
import type { NodeSpec, Spec } from '../types';

export interface CheckInput {
  spec: Spec;
  origins: Origins;
  unresolved: Unresolved;
  /** Ids of every element as written, by index in the file (including elements the schema check left out). */
  allIds: Record<Section, Array<string | undefined>>;
}

/** A semantic check: pure, returns every issue it finds. */
export type SemanticCheck = (input: CheckInput) => PendingIssue[];

/** Collects issues with paths relative to an element of a section. */
export class IssueList {
  readonly issues: PendingIssue[] = [];

  constructor(private readonly input: CheckInput) {}

  /** Path of `section[i]` in the file, followed by `rest`. */
  at(section: Section, i: number, ...rest: PathSegment[]): PathSegment[] {
    return [section, this.input.origins[section][i] ?? i, ...rest];
  }

  error(path: PathSegment[], message: string): void {
    this.issues.push({ path, message, severity: 'error' });
  }

  warning(path: PathSegment[], message: string): void {
    this.issues.push({ path, message, severity: 'warning' });
  }

  /** Reports a dangling reference unless the target was left out by the schema check. */
  dangling(path: PathSegment[], section: Section, id: string, what: string, known: Iterable<string>): void {
    if (isUnresolved(this.input.unresolved, section, id)) return;
    const list = [...known];
    const hint =
      list.length === 0
        ? `no ${what}s are declared`
        : `known: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''}`;
    this.error(path, `unknown ${what} '${id}'${didYouMean(id, list)} (${hint})`);
  }
}

/**
 * The nodes by id. Ids that are ambiguous (declared twice, or also carried by an element the schema
 * check left out) are left out: edges to them are not judged, their duplicates are reported instead.
 */
export function nodesById(input: CheckInput): Map<string, NodeSpec> {
  const counts = new Map<string, number>();
  for (const id of input.allIds.nodes) if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  const map = new Map<string, NodeSpec>();
  for (const node of input.spec.nodes) {
    if ((counts.get(node.id) ?? 0) <= 1 && !input.unresolved.ids.nodes.has(node.id)) map.set(node.id, node);
  }
  return map;
}

/** Whether `id` names a node that exists, or one whose definition is ambiguous or was left out. */
export function isKnownNode(input: CheckInput, id: string): boolean {
  return input.allIds.nodes.includes(id) || isUnresolved(input.unresolved, 'nodes', id);
}
