import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parseDocument } from 'yaml';
import { EXAMPLES_DIR, MINIMAL } from '../__fixtures__/specs';
import { specValidator } from '../validateSchema';
import { SPEC_SCHEMA, type JsonSchema } from './index';

const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema', 'mlhealth-spec.schema.json');

/** Every `properties` entry in the schema, with its path. */
function propertiesOf(schema: unknown, path = '#'): Array<{ path: string; schema: JsonSchema }> {
  if (typeof schema !== 'object' || schema === null) return [];
  const out: Array<{ path: string; schema: JsonSchema }> = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, prop] of Object.entries(value as Record<string, JsonSchema>)) {
        out.push({ path: `${path}/properties/${name}`, schema: prop });
      }
    }
    out.push(...propertiesOf(value, `${path}/${key}`));
  }
  return out;
}

describe('the committed JSON Schema', () => {
  it('is exactly the schema the loader validates with (regenerate: npx tsx exporter/src/spec/schema/write.ts)', () => {
    const committed: unknown = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(SPEC_SCHEMA)));
    expect(specValidator().schema).toBe(SPEC_SCHEMA);
  });

  it('compiles on its own with ajv in strict mode (as editors and CI would load the file)', () => {
    const ajv = new Ajv({ strict: true, strictRequired: false, discriminator: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
    expect(validate(parseDocument(MINIMAL).toJS())).toBe(true);
  });

  it('describes every property, for editor help', () => {
    const props = propertiesOf(SPEC_SCHEMA);
    expect(props.length).toBeGreaterThan(150);
    const undescribed = props.filter(
      (p) => typeof p.schema.description !== 'string' || p.schema.description === '',
    );
    expect(undescribed.map((p) => p.path)).toEqual([]);
  });

  it('closes every object, so that unknown keys are errors', () => {
    const open: string[] = [];
    const walk = (schema: unknown, path: string): void => {
      if (typeof schema !== 'object' || schema === null) return;
      const s = schema as JsonSchema;
      if (s.type === 'object' && s.properties !== undefined && s.additionalProperties !== false)
        open.push(path);
      for (const [key, value] of Object.entries(s)) walk(value, `${path}/${key}`);
    };
    walk(SPEC_SCHEMA, '#');
    expect(open).toEqual([]);
  });

  it.each(['demo.yaml', 'realistic.yaml'])('accepts examples/%s', (name) => {
    const data: unknown = parseDocument(readFileSync(join(EXAMPLES_DIR, name), 'utf8')).toJS();
    const validate = specValidator();
    expect(validate(data)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });
});
