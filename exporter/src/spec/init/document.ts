/**
 * The YAML text of the spec `mlhealth init` writes, through the `yaml` package's Document API so that
 * every block carries its comment: small mappings (signals, thresholds, features …) in flow style,
 * one line each, the rest in block style.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { PlannedNode } from './input';

/** Keys whose mapping (or list) is written on one line. */
const FLOW_KEYS: ReadonlySet<string> = new Set([
  'signal',
  'thresholds',
  'derive',
  'reference',
  'window',
  'rollup',
  'exposure',
  'loss',
  'children',
  'defaults',
]);

/** One top-level key: its value, and the comment above it. */
export interface TopLevel {
  key: string;
  value: unknown;
  comment?: string;
}

/** A model with a comment above each of its features (by index) that has one. */
export interface ModelBlock {
  model: Record<string, unknown> & { features: unknown[] };
  comment: string;
  featureComments: ReadonlyArray<string | undefined>;
}

/**
 * The document: `header` as the opening comment, then `top` keys in order, `models`, and `nodes` with
 * each node's comment above it. Pure; the output ends with a newline. Throws nothing.
 * @example renderInitDocument(' hi', [{ key: 'name', value: 'm' }], { model: { id: 'm', features: [] }, comment: ' the model', featureComments: [] }, [])
 * // '# hi\n\nname: m\nmodels:\n  # the model\n  - id: m\n    features: []\nnodes: []\n'
 */
export function renderInitDocument(
  header: string,
  top: readonly TopLevel[],
  model: ModelBlock,
  nodes: readonly PlannedNode[],
): string {
  const doc = new Document({});
  const root = doc.contents as YAMLMap;
  for (const t of top) setWithComment(doc, root, t.key, t.value, t.comment);
  const models = doc.createNode([model.model]) as YAMLSeq;
  const item = models.items[0] as YAMLMap;
  item.commentBefore = model.comment;
  const features = item.get('features', true) as unknown as YAMLSeq;
  features.items.forEach((f, i) => {
    (f as YAMLMap).flow = true;
    const note = model.featureComments[i];
    if (note !== undefined) (f as YAMLMap).commentBefore = note;
  });
  root.add(doc.createPair('models', models));
  const list = doc.createNode(nodes.map((n) => n.node)) as YAMLSeq;
  list.items.forEach((n, i) => {
    const comment = nodes[i]?.comment;
    if (comment !== undefined) (n as YAMLMap).commentBefore = comment;
  });
  root.add(doc.createPair('nodes', list));
  styleFlow(root);
  doc.commentBefore = header;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

function setWithComment(doc: Document, root: YAMLMap, key: string, value: unknown, comment?: string): void {
  const pair = doc.createPair(key, value) as Pair<Node, Node>;
  if (comment !== undefined && isScalar(pair.key)) pair.key.commentBefore = comment;
  root.add(pair);
}

/** A list of ids longer than this is written one per line. */
const FLOW_WIDTH = 90;

/** Whether a mapping, or a list of short scalars, reads well on one line. */
function fitsOnALine(node: YAMLMap | YAMLSeq): boolean {
  if (isMap(node)) return true;
  return (
    node.items.reduce((n: number, item) => n + String(isScalar(item) ? item.value : '').length + 2, 0) <=
    FLOW_WIDTH
  );
}

/** Sets flow style on the values of `FLOW_KEYS`, everywhere below `node`. */
function styleFlow(node: unknown): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (FLOW_KEYS.has(key) && (isMap(pair.value) || isSeq(pair.value)))
        pair.value.flow = fitsOnALine(pair.value);
      else styleFlow(pair.value);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) styleFlow(item);
  }
}
