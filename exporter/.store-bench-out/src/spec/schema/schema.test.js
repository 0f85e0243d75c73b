"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const ajv_1 = __importDefault(require("ajv"));
const ajv_formats_1 = __importDefault(require("ajv-formats"));
const yaml_1 = require("yaml");
const specs_1 = require("../__fixtures__/specs");
const validateSchema_1 = require("../validateSchema");
const index_1 = require("./index");
const SCHEMA_FILE = (0, node_path_1.join)(__dirname, '..', '..', '..', 'schema', 'mlhealth-spec.schema.json');
/** Every `properties` entry in the schema, with its path. */
function propertiesOf(schema, path = '#') {
    if (typeof schema !== 'object' || schema === null)
        return [];
    const out = [];
    for (const [key, value] of Object.entries(schema)) {
        if (key === 'properties' && typeof value === 'object' && value !== null) {
            for (const [name, prop] of Object.entries(value)) {
                out.push({ path: `${path}/properties/${name}`, schema: prop });
            }
        }
        out.push(...propertiesOf(value, `${path}/${key}`));
    }
    return out;
}
describe('the committed JSON Schema', () => {
    it('is exactly the schema the loader validates with (regenerate: npx tsx exporter/src/spec/schema/write.ts)', () => {
        const committed = JSON.parse((0, node_fs_1.readFileSync)(SCHEMA_FILE, 'utf8'));
        expect(committed).toEqual(JSON.parse(JSON.stringify(index_1.SPEC_SCHEMA)));
        expect((0, validateSchema_1.specValidator)().schema).toBe(index_1.SPEC_SCHEMA);
    });
    it('compiles on its own with ajv in strict mode (as editors and CI would load the file)', () => {
        const ajv = new ajv_1.default({ strict: true, strictRequired: false, discriminator: true, allowUnionTypes: true });
        (0, ajv_formats_1.default)(ajv);
        const validate = ajv.compile(JSON.parse((0, node_fs_1.readFileSync)(SCHEMA_FILE, 'utf8')));
        expect(validate((0, yaml_1.parseDocument)(specs_1.MINIMAL).toJS())).toBe(true);
    });
    it('describes every property, for editor help', () => {
        const props = propertiesOf(index_1.SPEC_SCHEMA);
        expect(props.length).toBeGreaterThan(150);
        const undescribed = props.filter((p) => typeof p.schema.description !== 'string' || p.schema.description === '');
        expect(undescribed.map((p) => p.path)).toEqual([]);
    });
    it('closes every object, so that unknown keys are errors', () => {
        const open = [];
        const walk = (schema, path) => {
            if (typeof schema !== 'object' || schema === null)
                return;
            const s = schema;
            if (s.type === 'object' && s.properties !== undefined && s.additionalProperties !== false)
                open.push(path);
            for (const [key, value] of Object.entries(s))
                walk(value, `${path}/${key}`);
        };
        walk(index_1.SPEC_SCHEMA, '#');
        expect(open).toEqual([]);
    });
    it.each(['demo.yaml', 'realistic.yaml'])('accepts examples/%s', (name) => {
        const data = (0, yaml_1.parseDocument)((0, node_fs_1.readFileSync)((0, node_path_1.join)(specs_1.EXAMPLES_DIR, name), 'utf8')).toJS();
        const validate = (0, validateSchema_1.specValidator)();
        expect(validate(data)).toBe(true);
        expect(validate.errors ?? []).toEqual([]);
    });
});
//# sourceMappingURL=schema.test.js.map