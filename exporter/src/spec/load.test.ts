import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpecError } from './issues';
import { loadSpecFile, SpecReadError } from './load';
import { EXAMPLES_DIR, MINIMAL, positionOf } from './__fixtures__/specs';

describe('loadSpecFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlhealth-spec-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['demo.yaml', 'realistic.yaml'])('loads examples/%s, hashing the file bytes', async (name) => {
    const file = join(EXAMPLES_DIR, name);
    const loaded = await loadSpecFile(file);
    expect(loaded.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(loaded.baseDir).toBe(EXAMPLES_DIR);
    expect(loaded.file).toBe(file);
    expect(loaded.spec.models.length).toBeGreaterThanOrEqual(2);
  });

  it('reports reference files that do not exist, relative to the spec, with the other errors', async () => {
    const text = MINIMAL.replace(
      "version: '1'",
      "version: '1'\n    reference: { file: data/missing.csv }",
    ).replace('critical: 0.25', 'critical: 0.05');
    const file = join(dir, 'spec.yaml');
    writeFileSync(file, text);
    const error = await loadSpecFile(file, { label: 'spec.yaml' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    const issues = (error as SpecError).issues;
    expect(issues.map((i) => i.path)).toEqual(['models[0].reference.file', 'nodes[0].thresholds.warning']);
    expect(issues[0]).toMatchObject({
      file: 'spec.yaml',
      ...positionOf(text, 'data/missing.csv'),
      message: `reference file 'data/missing.csv' not found or not readable (looked at ${join(dir, 'data', 'missing.csv')})`,
    });
  });

  it('accepts a spec whose reference files exist', async () => {
    writeFileSync(join(dir, 'ref.csv'), 'x,c\n1,a\n');
    writeFileSync(
      join(dir, 'spec.yaml'),
      MINIMAL.replace("version: '1'", "version: '1'\n    reference: { file: ref.csv }"),
    );
    await expect(loadSpecFile(join(dir, 'spec.yaml'))).resolves.toMatchObject({ baseDir: dir });
  });

  it('throws SpecReadError for a file that cannot be read', async () => {
    await expect(loadSpecFile(join(dir, 'nope.yaml'))).rejects.toThrow(SpecReadError);
    await expect(loadSpecFile(dir)).rejects.toThrow(`cannot read spec file '${dir}': it is a directory`);
    await expect(loadSpecFile(join(dir, 'nope.yaml'), { label: 'nope.yaml' })).rejects.toThrow(
      "cannot read spec file 'nope.yaml': the file does not exist",
    );
  });
});
