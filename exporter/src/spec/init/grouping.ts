/**
 * Keeps every parent `mlhealth init` writes within `defaults.max_children` (metric fatigue): when a
 * component would get more children than that, consecutive children are gathered under intermediate
 * components (`credit.drift.group_1`, …), level by level, in balanced groups.
 */

/** A child to place under a parent: its id, and the names its group title starts and ends with. */
export interface Leaf {
  id: string;
  first: string;
  last: string;
}

/** An intermediate component: its id, title (`<parent title>: first … last`) and children. */
export interface Group {
  id: string;
  title: string;
  children: string[];
}

/**
 * The parent's children after grouping, and the groups made (innermost first), so that the parent has
 * at most `room` children and each group at most `cap`. Group ids are `<prefix>group_<n>`, skipping ids
 * in `used` (and added to it). Complexity O(leaves).
 *
 * @throws Error when `room` < 1 or `cap` < 2 (grouping could not end).
 * @example groupLeaves(['a', 'b', 'c'].map((n) => ({ id: `m.drift.${n}`, first: n, last: n })), { prefix: 'm.drift.', title: 'M · drift', room: 2, cap: 2, used: new Set() })
 * // { children: ['m.drift.group_1', 'm.drift.group_2'], groups: [
 * //   { id: 'm.drift.group_1', title: 'M · drift: a … b', children: ['m.drift.a', 'm.drift.b'] },
 * //   { id: 'm.drift.group_2', title: 'M · drift: c', children: ['m.drift.c'] }] }
 */
export function groupLeaves(
  leaves: readonly Leaf[],
  options: { prefix: string; title: string; room: number; cap: number; used: Set<string> },
): { children: string[]; groups: Group[] } {
  const { prefix, title, room, cap, used } = options;
  if (room < 1 || cap < 2)
    throw new Error(`groupLeaves: expected room ≥ 1 and cap ≥ 2, got ${room} and ${cap}`);
  const groups: Group[] = [];
  let level = [...leaves];
  let n = 1;
  while (level.length > room) {
    const count = Math.ceil(level.length / cap);
    const size = Math.ceil(level.length / count);
    const next: Leaf[] = [];
    for (let start = 0; start < level.length; start += size) {
      const chunk = level.slice(start, start + size);
      let id = `${prefix}group_${n++}`;
      while (used.has(id)) id = `${prefix}group_${n++}`;
      used.add(id);
      const first = chunk[0] as Leaf;
      const last = chunk[chunk.length - 1] as Leaf;
      const span = first.first === last.last ? first.first : `${first.first} … ${last.last}`;
      groups.push({ id, title: `${title}: ${span}`, children: chunk.map((c) => c.id) });
      next.push({ id, first: first.first, last: last.last });
    }
    level = next;
  }
  return { children: level.map((l) => l.id), groups };
}
