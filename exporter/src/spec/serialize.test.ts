import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSpec } from './parse';
import { serializeSpec } from './serialize';
import { EXAMPLES_DIR, MINIMAL } from './__fixtures__/specs';

describe('serializeSpec', () => {
  it.each(['demo.yaml', 'realistic.yaml'])(
    'round-trips examples/%s: parseSpec(serializeSpec(spec)) equals spec',
    (name) => {
      const file = join(EXAMPLES_DIR, name);
      const { spec } = parseSpec(readFileSync(file, 'utf8'), file);
      const again = parseSpec(serializeSpec(spec), file).spec;
      expect(again).toEqual(spec);
    },
  );

  it('writes durations and timestamps the way users do', () => {
    const text = MINIMAL.replace(
      "version: '1'",
      "version: '1'\n    trained_at: 1740787200\n    window: { duration: 5400 }",
    );
    const out = serializeSpec(parseSpec(text, 'a.yaml').spec);
    expect(out).toContain('trained_at: 2025-03-01T00:00:00Z');
    expect(out).toContain('duration: 1h30m');
    expect(out).toContain('evaluation_interval: 15s');
    expect(out.startsWith('api_version: mlhealth/v1\nname: mini\nversion: 1.0.0\n')).toBe(true);
  });

  it('quotes strings that would otherwise read back as numbers', () => {
    const text = MINIMAL.replace('version: 1.0.0', "version: '3'").replace(
      'categories: [a, b]',
      "categories: ['1', '2']",
    );
    const { spec } = parseSpec(text, 'a.yaml');
    const again = parseSpec(serializeSpec(spec), 'a.yaml').spec;
    expect(again.version).toBe('3');
    expect(again.models[0]?.features[1]?.categories).toEqual(['1', '2']);
  });
});
