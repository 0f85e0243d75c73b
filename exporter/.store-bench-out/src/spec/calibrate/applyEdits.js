"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyCalibration = applyCalibration;
/**
 * Writes calibration results into the user's own YAML text with the smallest possible change: only the
 * `thresholds` mappings of calibrated nodes and the `version` scalar are re-rendered and spliced in;
 * every other byte (comments, quoting, flow style elsewhere) stays as it was. A flow-style thresholds
 * mapping becomes a block mapping, since it now carries a `derived` record.
 */
const yaml_1 = require("yaml");
const timestamp_1 = require("../timestamp");
/**
 * The new spec text: every change's warning, critical and `derived` written into its node, and
 * `version` set to `version` (keeping the original quoting, and a number where the file had one).
 *
 * @throws Error when a node or its thresholds cannot be found in `text` (the plan came from another text).
 */
function applyCalibration(text, changes, version) {
    const doc = (0, yaml_1.parseDocument)(text, { uniqueKeys: true, schema: 'core', merge: true });
    const splices = changes.map((change) => thresholdsSplice(doc, text, change));
    splices.push(versionSplice(doc, version));
    let out = text;
    for (const s of [...splices].sort((a, b) => b.start - a.start))
        out = out.slice(0, s.start) + s.text + out.slice(s.end);
    return out;
}
/** The `thresholds` pair of `nodes[index]`, with both key and mapping positioned in the text. */
function findThresholds(doc, change) {
    const nodes = doc.get('nodes', true);
    const item = (0, yaml_1.isSeq)(nodes) ? nodes.items[change.index] : undefined;
    const pair = (0, yaml_1.isMap)(item)
        ? item.items.find((p) => (0, yaml_1.isScalar)(p.key) && p.key.value === 'thresholds')
        : undefined;
    const map = pair?.value;
    if (pair === undefined || !(0, yaml_1.isMap)(map) || !map.range || !pair.key.range) {
        throw new Error(`applyCalibration: nodes[${change.index}] (${change.node.id}) has no thresholds mapping in the text`);
    }
    return { key: pair.key, map: map };
}
function thresholdsSplice(doc, text, change) {
    const { key, map } = findThresholds(doc, change);
    const { warning, critical, derived } = change.result;
    map.set('warning', warning);
    map.set('critical', critical);
    const derivedNode = doc.createNode({ ...derived, at: (0, timestamp_1.formatTimestamp)(derived.at) });
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
function renderBlock(map) {
    map.flow = false;
    map.comment = null;
    map.commentBefore = null;
    const mini = new yaml_1.Document();
    mini.contents = map;
    return mini.toString({ lineWidth: 0 });
}
function versionSplice(doc, version) {
    const node = doc.get('version', true);
    if (!(0, yaml_1.isScalar)(node) || node.range === undefined || node.range === null)
        throw new Error('applyCalibration: the spec has no version scalar');
    const [start, end] = node.range;
    let rendered;
    if (typeof node.value === 'number' && /^\d+$/.test(version))
        rendered = version;
    else if (node.type === yaml_1.Scalar.QUOTE_DOUBLE)
        rendered = JSON.stringify(version);
    else if (node.type === yaml_1.Scalar.PLAIN && readsAsString(version))
        rendered = version;
    else
        rendered = `'${version.replace(/'/g, "''")}'`;
    return { start, end, text: rendered };
}
/** Whether `text` written plain reads back as that same string (not a number, boolean or null). */
function readsAsString(text) {
    const value = (0, yaml_1.parseDocument)(`v: ${text}`, { schema: 'core' }).get('v');
    return value === text;
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
function indent(block, spaces, firstLine) {
    const pad = ' '.repeat(spaces);
    return block
        .split('\n')
        .map((line, i) => (line === '' || (i === 0 && !firstLine) ? line : pad + line))
        .join('\n');
}
//# sourceMappingURL=applyEdits.js.map