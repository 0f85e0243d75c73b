"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KeyReader = void 0;
/**
 * Strict reading of a YAML mapping, the way Go's `yaml.UnmarshalStrict` reads exporter-toolkit's
 * web-config: unknown keys and wrongly typed values are problems naming the file, the line and the key
 * path (`web.yml:4: tls_server_config.cert_fil: unknown key`).
 */
const yaml_1 = require("yaml");
class KeyReader {
    file;
    doc;
    lines;
    problems;
    constructor(file, doc, lines, problems) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
        this.problems = problems;
    }
    /** `file:line: a.b.c: message`, the line being where the key's value (or the key) starts. */
    problem(path, message) {
        const node = this.doc.getIn(path, true);
        const line = node?.range !== undefined ? `:${this.lines.linePos(node.range[0]).line}` : '';
        this.problems.push(`${this.file}${line}: ${path.join('.')}: ${message}`);
    }
    /** The keys of the mapping at `path` (empty when absent); a non-mapping or an unknown key is a problem. */
    mapping(path, allowed) {
        const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
        if (node === undefined || node === null || ((0, yaml_1.isScalar)(node) && node.value === null))
            return [];
        if (!(0, yaml_1.isMap)(node)) {
            this.problem(path, 'expected a mapping');
            return [];
        }
        const keys = [];
        for (const pair of node.items) {
            const key = (0, yaml_1.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
            if (allowed !== null && !allowed.includes(key))
                this.problem([...path, key], `unknown key (expected one of ${allowed.join(', ')})`);
            else
                keys.push(key);
        }
        return keys;
    }
    value(path) {
        const v = this.doc.getIn(path);
        return (0, yaml_1.isScalar)(v) ? v.value : v;
    }
    string(path) {
        const v = this.value(path);
        if (v === undefined || v === null)
            return undefined;
        if (typeof v === 'string')
            return v;
        this.problem(path, `expected a string, got ${JSON.stringify(v)}`);
        return undefined;
    }
    boolean(path, fallback) {
        const v = this.value(path);
        if (v === undefined || v === null)
            return fallback;
        if (typeof v === 'boolean')
            return v;
        this.problem(path, `expected true or false, got ${JSON.stringify(v)}`);
        return fallback;
    }
    /** An integer; with `quiet`, a value of another type is no problem, just undefined. */
    integer(path, quiet = false) {
        const v = this.value(path);
        if (v === undefined || v === null)
            return undefined;
        if (typeof v === 'number' && Number.isInteger(v))
            return v;
        if (quiet)
            return undefined;
        this.problem(path, `expected an integer, got ${JSON.stringify(v)}`);
        return undefined;
    }
    /** A list of strings (absent: empty). */
    strings(path) {
        const v = this.doc.getIn(path);
        if (v === undefined || v === null)
            return [];
        const js = v.toJSON?.() ?? v;
        if (Array.isArray(js) && js.every((s) => typeof s === 'string'))
            return js;
        this.problem(path, 'expected a list of strings');
        return [];
    }
}
exports.KeyReader = KeyReader;
//# sourceMappingURL=yamlKeys.js.map