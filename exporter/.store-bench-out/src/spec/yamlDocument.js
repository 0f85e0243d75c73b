"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseYaml = parseYaml;
/**
 * The YAML side of the loader: parse the text once with a line counter, keep the document tree, and
 * turn any JSON path back into the line and column where it is written.
 */
const yaml_1 = require("yaml");
/**
 * Parses YAML text (one document, YAML 1.2 core schema, unique keys) and keeps positions.
 *
 * @example parseYaml('a:\n  b: 1\n', 'x.yaml').locate(['a', 'b']) // { line: 2, column: 6 }
 */
function parseYaml(text, file) {
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        schema: 'core',
        merge: true,
    });
    const position = (offset) => {
        const pos = lineCounter.linePos(offset);
        return { line: pos.line, column: pos.col };
    };
    const syntaxIssues = [];
    for (const [list, severity] of [
        [doc.errors, 'error'],
        [doc.warnings, 'warning'],
    ]) {
        for (const e of list) {
            const { line, column } = position(e.pos[0]);
            syntaxIssues.push({ file, line, column, path: '', message: `YAML: ${firstLine(e.message)}`, severity });
        }
    }
    let data;
    if (doc.errors.length === 0) {
        try {
            data = doc.toJS({ maxAliasCount: 1000 });
        }
        catch (err) {
            // Aliases are resolved only here: an unknown anchor, or too many aliases (a "billion laughs").
            const { line, column } = position(badAliasOffset(doc) ?? 0);
            syntaxIssues.push({
                file,
                line,
                column,
                path: '',
                message: `YAML: ${firstLine(err.message)}`,
                severity: 'error',
            });
        }
    }
    return { data, syntaxIssues, locate: (path, atKey = false) => position(offsetOf(doc, path, atKey)) };
}
/** Offset of the first alias whose anchor is not defined before it, if any. */
function badAliasOffset(doc) {
    let offset;
    (0, yaml_1.visit)(doc, {
        Alias(_, alias) {
            if (alias.resolve(doc) === undefined) {
                offset = alias.range?.[0];
                return yaml_1.visit.BREAK;
            }
            return undefined;
        },
    });
    return offset;
}
function firstLine(message) {
    const line = message.split('\n')[0] ?? message;
    return line.replace(/ at line \d+, column \d+:?$/, '');
}
/** Offset of the value (or key) at `path`, or of its nearest ancestor that exists in the file. */
function offsetOf(doc, path, atKey) {
    let node = resolve(doc, doc.contents);
    let best = node?.range?.[0] ?? 0;
    for (let i = 0; i < path.length && node !== null; i++) {
        const seg = path[i];
        const last = i === path.length - 1;
        let next = null;
        if ((0, yaml_1.isMap)(node)) {
            const pair = node.items.find((p) => (0, yaml_1.isScalar)(p.key) && String(p.key.value) === String(seg));
            if (pair === undefined)
                break;
            const key = pair.key;
            if ((last && atKey) || pair.value === null)
                return key.range?.[0] ?? best;
            next = pair.value;
        }
        else if ((0, yaml_1.isSeq)(node) && typeof seg === 'number') {
            next = node.items[seg] ?? null;
        }
        node = resolve(doc, next);
        if (node?.range)
            best = node.range[0];
    }
    return best;
}
function resolve(doc, node) {
    let current = node;
    for (let hops = 0; current !== null && (0, yaml_1.isAlias)(current) && hops < 100; hops++) {
        current = current.resolve(doc) ?? null;
    }
    return current;
}
//# sourceMappingURL=yamlDocument.js.map