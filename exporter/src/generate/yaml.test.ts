/**
 * Generated YAML reads the same in YAML 1.1 and 1.2: every generated YAML file of both example specs,
 * loaded with PyYAML (a YAML 1.1 reader, on this machine) and with the `yaml` library (1.2), gives the
 * same document. PyYAML reads `08:00` as 480 and `on` as true, so this fails on any unquoted one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TEST_SPECS } from './__fixtures__/exampleSpecs';
import { generateOutputs } from './outputs';
import fc from 'fast-check';
import { isAmbiguousParsed, isAmbiguousPlain, toYaml } from './yaml';

/** Each file read by PyYAML, as JSON (a date or any non-JSON value becomes a marker that cannot match). */
const PYYAML = `
import json, sys, yaml
out = {}
for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        out[path] = yaml.safe_load(f)
print(json.dumps(out, default=lambda v: '<not JSON: %r>' % (v,)))
`;

function readWithPyYaml(files: Record<string, string>): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'mlhealth-yaml11-'));
  const paths = Object.keys(files).map((name, i) => {
    const path = join(dir, `${i}.yml`);
    writeFileSync(path, files[name]);
    return path;
  });
  const run = spawnSync('python3', ['-c', PYYAML, ...paths], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0)
    throw new Error(`python3 with PyYAML failed (${run.status ?? run.signal}): ${run.stderr}`);
  const byPath = JSON.parse(run.stdout) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(files).map((name, i) => [name, byPath[paths[i]]]));
}

describe('generated YAML is unambiguous to YAML 1.1 readers', () => {
  it('quotes what 1.1 or 1.2 would retype, and nothing else', () => {
    for (const text of [
      '08:00',
      '18:00',
      'on',
      'yes',
      'No',
      '0755',
      '1_000',
      '~',
      'null',
      'true',
      '1e3',
      '.inf',
    ]) {
      expect(isAmbiguousPlain(text)).toBe(true);
      expect(parse(toYaml({ v: text }), { version: '1.1' })).toEqual({ v: text });
    }
    for (const text of ['warning', 'monday:friday', 'Europe/Berlin', 'a: b', 'line\nbreak', 'fraud.drift']) {
      expect(isAmbiguousPlain(text)).toBe(false);
    }
  });

  it('answers exactly as parsing would, with or without the shortcut for letter-first text', () => {
    const chars = [
      ...'aZyYnNoOtTfF019 #:-.{}[],"\'!&*|>%@`~?=<_/\t\r\\',
      '\u0085',
      '\u2028',
      '\u00a0',
      '\ufeff',
      'é',
    ];
    const char = fc.constantFrom(...chars);
    const word = fc.constantFrom('yes', 'No', 'ON', 'off', 'y', 'N', 'true', 'False', 'null', 'NULL', 'warn');
    const text = fc.oneof(
      fc.array(char, { maxLength: 12 }).map((cs) => cs.join('')),
      fc
        .tuple(fc.constantFrom(...'aZyn'), fc.array(char, { maxLength: 12 }))
        .map(([h, cs]) => h + cs.join('')),
      fc.tuple(word, fc.constantFrom('', ' ', ' x', '#', ':', '\u0085')).map(([w, t]) => w + t),
    );
    fc.assert(
      fc.property(text, (t) => isAmbiguousPlain(t) === isAmbiguousParsed(t)),
      { numRuns: 3000 },
    );
  });

  it('checks Go templates without printing a process warning (they read as flow maps)', () => {
    const emitWarning = jest.spyOn(process, 'emitWarning');
    try {
      expect(isAmbiguousPlain('{{ .CommonAnnotations.summary }}')).toBe(false);
      expect(toYaml({ title: '{{ .CommonAnnotations.summary }}' })).toBe(
        'title: "{{ .CommonAnnotations.summary }}"\n',
      );
      expect(emitWarning).not.toHaveBeenCalled();
    } finally {
      emitWarning.mockRestore();
    }
  });

  it('reads every generated file of the test specs alike in PyYAML and the yaml library', async () => {
    const files: Record<string, string> = {};
    for (const [name, load] of TEST_SPECS) {
      const spec = await load();
      for (const f of generateOutputs(spec, { prometheusOperator: true })) {
        if (/\.ya?ml$/.test(f.path)) files[`${name}: ${f.path}`] = f.content;
      }
    }
    expect(Object.keys(files).length).toBeGreaterThan(6);
    const pyyaml = readWithPyYaml(files);
    for (const [name, text] of Object.entries(files)) {
      expect({ name, doc: pyyaml[name] }).toEqual({ name, doc: parse(text) });
    }
  }, 60_000);
});
