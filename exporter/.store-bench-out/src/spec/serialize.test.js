"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const parse_1 = require("./parse");
const serialize_1 = require("./serialize");
const specs_1 = require("./__fixtures__/specs");
describe('serializeSpec', () => {
    it.each(['demo.yaml', 'realistic.yaml'])('round-trips examples/%s: parseSpec(serializeSpec(spec)) equals spec', (name) => {
        const file = (0, node_path_1.join)(specs_1.EXAMPLES_DIR, name);
        const { spec } = (0, parse_1.parseSpec)((0, node_fs_1.readFileSync)(file, 'utf8'), file);
        const again = (0, parse_1.parseSpec)((0, serialize_1.serializeSpec)(spec), file).spec;
        expect(again).toEqual(spec);
    });
    it('writes durations and timestamps the way users do', () => {
        const text = specs_1.MINIMAL.replace("version: '1'", "version: '1'\n    trained_at: 1740787200\n    window: { duration: 5400 }");
        const out = (0, serialize_1.serializeSpec)((0, parse_1.parseSpec)(text, 'a.yaml').spec);
        expect(out).toContain('trained_at: 2025-03-01T00:00:00Z');
        expect(out).toContain('duration: 1h30m');
        expect(out).toContain('evaluation_interval: 15s');
        expect(out.startsWith('api_version: mlhealth/v1\nname: mini\nversion: 1.0.0\n')).toBe(true);
    });
    it('quotes strings that would otherwise read back as numbers', () => {
        const text = specs_1.MINIMAL.replace('version: 1.0.0', "version: '3'").replace('categories: [a, b]', "categories: ['1', '2']");
        const { spec } = (0, parse_1.parseSpec)(text, 'a.yaml');
        const again = (0, parse_1.parseSpec)((0, serialize_1.serializeSpec)(spec), 'a.yaml').spec;
        expect(again.version).toBe('3');
        expect(again.models[0]?.features[1]?.categories).toEqual(['1', '2']);
    });
});
//# sourceMappingURL=serialize.test.js.map