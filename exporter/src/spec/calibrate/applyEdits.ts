/**
 * Writes calibration results into the user's own YAML text with the smallest possible change: only the
 * `thresholds` mappings of calibrated nodes and the `version` scalar are re-rendered and spliced in;
 * every other byte (comments, quoting, flow style elsewhere) stays as it was. A flow-style thresholds
 * mapping becomes a block mapping, since it now carries a `derived` record.
 */
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Node,
  type Pair,
  type Range,
  type YAMLMap,
} from 'yaml';
import { formatTimestamp } from '../timestamp';
import type { NodeCalibration } from './plan';

interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * The new spec text: every change's warning, critical and `derived` written into its node, and
 * `version` set to `version` (keeping the original quoting, and a number where the file had one).
 *
 * @throws Error when a node or its thresholds cannot be found in `text` (the plan came from another text).
 */
export function applyCalibration(text: string, changes: readonly NodeCalibration[], version: string): string {
  const doc = parseDocument(text, { uniqueKeys: true, schema: 'core', merge: true });
  const splices: Splice[] = changes.map((change) => thresholdsSplice(doc, text, change));
  splices.push(versionSplice(doc, version));
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start))
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** The `thresholds` pair of `nodes[index]`, with both key and mapping positioned in the text. */
function findThresholds(
  doc: Document,
  change: NodeCalibration,
): { key: Node & { range: Range }; map: YAMLMap & { range: Range } } {
  const nodes = doc.get('nodes', true);
  const item = isSeq(nodes) ? nodes.items[change.index] : undefined;
  const pair = isMap(item)
    ? (item.items.find((p) => isScalar(p.key) && p.key.value === 'thresholds') as
        Pair<Node, Node> | undefined)
    : undefined;
  const map = pair?.value;
  if (pair === undefined || !isMap(map) || !map.range || !pair.key.range) {
    throw new Error(
      `applyCalibration: nodes[${change.index}] (${change.node.id}) has no thresholds mapping in the text`,
    );
  }
  return { key: pair.key as Node & { range: Range }, map: map as YAMLMap & { range: Range } };
}

function thresholdsSplice(doc: Document, text: string, change: NodeCalibration): Splice {
  const { key, map } = findThresholds(doc, change);
  const { warning, critical, derived } = change.result;
  map.set('warning', warning);
  map.set('critical', critical);
  const derivedNode = doc.createNode({ ...derived, at: formatTimestamp(derived.at) });
  map.set('derived', derivedNode);
  const wasFlow = map.flow === true;
  const rendered = renderBlock(map);
  const [start, end] = map.range;
  if (wasFlow) {
    // `thresholds: { … } # note` becomes `thresholds: # note` followed by the block.
    const keyColumn = key.range[0] - lineStart(text, key.range[0]);
    const colon = text.indexOf(':', key.range[1]);
    const eol = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    const tail = text.slice(end, eol).trim();
    const comment = tail.startsWith('#') ? ` ${tail}` : '';
    const block = `${comment}\n${indent(rendered.trimEnd(), keyColumn + 2, true)}`;
    return { start: colon + 1, end: comment === '' ? end : eol, text: block };
  }
  const column = start - lineStart(text, start);
  const trailingNewline = text.slice(start, end).endsWith('\n');
  return { start, end, text: indent(rendered.trimEnd(), column, false) + (trailingNewline ? '\n' : '') };
}

/** The mapping as block YAML, without the comments that stay in place around its range. */
function renderBlock(map: YAMLMap): string {
  map.flow = false;
  map.comment = null;
  map.commentBefore = null;
  const mini = new Document();
  mini.contents = map;
  return mini.toString({ lineWidth: 0 });
}

function versionSplice(doc: Document, version: string): Splice {
  const node = doc.get('version', true);
  if (!isScalar(node) || node.range === undefined || node.range === null)
    throw new Error('applyCalibration: the spec has no version scalar');
  const [start, end] = node.range;
  let rendered: string;
  if (typeof node.value === 'number' && /^\d+$/.test(version)) rendered = version;
  else if (node.type === Scalar.QUOTE_DOUBLE) rendered = JSON.stringify(version);
  else if (node.type === Scalar.PLAIN && readsAsString(version)) rendered = version;
  else rendered = `'${version.replace(/'/g, "''")}'`;
  return { start, end, text: rendered };
}

/** Whether `text` written plain reads back as that same string (not a number, boolean or null). */
function readsAsString(text: string): boolean {
  const value = parseDocument(`v: ${text}`, { schema: 'core' }).get('v');
  return value === text;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indent(block: string, spaces: number, firstLine: boolean): string {
  const pad = ' '.repeat(spaces);
  return block
    .split('\n')
    .map((line, i) => (line === '' || (i === 0 && !firstLine) ? line : pad + line))
    .join('\n');
}
