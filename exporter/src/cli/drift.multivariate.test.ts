/**
 * `mlhealth drift --multivariate`: the JSON object, its exactness end to end (the numpy values of
 * stats/multivariate/__fixtures__/multivariate.json, through CSV and JSON Lines files), the table and
 * Markdown views, the exit codes and the usage errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { relativeError } from '../stats/__fixtures__';
import { multivariateFixture, type FixtureColumn } from '../stats/multivariate/__fixtures__';
import { drift } from './__fixtures__/drift/harness';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-mv-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, columns: FixtureColumn[]): string {
  const quote = (v: number | string | null) =>
    v === null ? '' : typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`;
  const rows = columns[0].values.map((_, i) => columns.map((c) => quote(c.values[i])).join(','));
  writeFileSync(join(dir, name), [columns.map((c) => c.name).join(','), ...rows].join('\n') + '\n');
  return name;
}

function jsonl(name: string, columns: FixtureColumn[]): string {
  const rows = columns[0].values.map((_, i) =>
    JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, c.values[i]]))),
  );
  writeFileSync(join(dir, name), rows.join('\n') + '\n');
  return name;
}

const caseNamed = (name: string) => {
  const c = multivariateFixture.pca.find((x) => x.name === name);
  if (c === undefined) throw new Error(`no fixture case ${name}`);
  return c;
};

async function json(
  args: string[],
): Promise<Record<string, unknown> & { multivariate: Record<string, unknown> }> {
  const { code, out, err } = await drift([...args, '--format', 'json'], dir);
  if (code !== 0 || err !== '') throw new Error(`drift exited ${code}: ${err}`);
  return JSON.parse(out) as Record<string, unknown> & { multivariate: Record<string, unknown> };
}

describe('mlhealth drift --multivariate (pca)', () => {
  it.each(['correlated_decoupled', 'categorical_missing_unseen', 'ties_most_frequent'])(
    'reports the numpy values for %s, from CSV and from JSON Lines',
    async (name) => {
      const c = caseNamed(name);
      const files = [
        [csv(`${name}.ref.csv`, c.reference), csv(`${name}.cur.csv`, c.current)],
        [jsonl(`${name}.ref.jsonl`, c.reference), jsonl(`${name}.cur.jsonl`, c.current)],
      ];
      const types = c.reference
        .filter((col) => col.kind === 'categorical')
        .map((col) => `${col.name}=categorical`)
        .join(',');
      for (const [ref, cur] of files) {
        const extra = types === '' ? [] : ['--types', types];
        const { multivariate: mv } = await json([
          '--reference',
          ref,
          '--current',
          cur,
          '--multivariate',
          ...extra,
        ]);
        expect(mv.method).toBe('pca_reconstruction');
        expect(mv.components).toBe(c.expected.components);
        expect(mv.drifted).toBe(c.expected.drifted);
        const pairs: [string, number][] = [
          ['reference_error', c.expected.reference_error],
          ['statistic', c.expected.statistic],
          ['lower', c.expected.lower],
          ['upper', c.expected.upper],
        ];
        for (const [key, expected] of pairs)
          expect(relativeError(mv[key] as number, expected)).toBeLessThanOrEqual(1e-9);
      }
    },
  );

  it('uses only --multivariate-columns, and shows the verdict in the table and Markdown', async () => {
    const c = caseNamed('correlated_decoupled');
    const args = ['--reference', csv('d.ref.csv', c.reference), '--current', csv('d.cur.csv', c.current)];
    const { multivariate: mv } = await json([
      ...args,
      '--multivariate',
      'pca',
      '--multivariate-columns',
      'y,x',
    ]);
    expect(mv.columns).toEqual(['y', 'x']);
    const table = await drift([...args, '--multivariate'], dir);
    expect(table.out).toMatch(/multivariate drift:\n {2}method +pca_reconstruction\n/);
    expect(table.out).toMatch(/ {2}result +DRIFTED\n/);
    const markdown = await drift([...args, '--multivariate', '--format', 'markdown'], dir);
    expect(markdown.out).toContain('#### Multivariate drift');
    expect(markdown.out).toContain('| result | **DRIFTED** |');
  });

  it('fails with --fail-on-drift when the rows drifted as a whole, though no single feature did', async () => {
    const c = caseNamed('correlated_decoupled');
    const args = ['--reference', csv('f.ref.csv', c.reference), '--current', csv('f.cur.csv', c.current)];
    const plain = await drift([...args, '--fail-on-drift', '--format', 'json'], dir);
    expect(plain.code).toBe(0);
    const joint = await drift([...args, '--multivariate', '--fail-on-drift', '--format', 'json'], dir);
    expect(joint.code).toBe(1);
    expect(joint.err).toBe('mlhealth drift: the rows drifted as a whole (pca_reconstruction)\n');
  });

  it('leaves out a column without reference values, and reports a test it cannot run as not tested', async () => {
    writeFileSync(
      join(dir, 'e.ref.csv'),
      'a,b,c\n' + Array.from({ length: 12 }, (_, i) => `${i},,${i % 3}`).join('\n'),
    );
    writeFileSync(join(dir, 'e.cur.csv'), 'a,b,c\n1,2,0\n2,3,1\n');
    const args = ['--reference', 'e.ref.csv', '--current', 'e.cur.csv'];
    const { multivariate: mv } = await json([...args, '--multivariate']);
    expect(mv.excluded_columns).toEqual([{ name: 'b', reason: 'no values in reference e.ref.csv' }]);
    expect(mv.columns).toEqual(['a', 'c']);
    const { multivariate: one } = await json([...args, '--multivariate', '--multivariate-columns', 'a']);
    expect(one).toMatchObject({
      drifted: null,
      statistic: null,
      error: 'pcaReconstructionDrift: expected at least 2 columns, got 1',
    });
    const failed = await drift(
      [...args, '--multivariate', '--multivariate-columns', 'a', '--fail-on-drift'],
      dir,
    );
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('NOT TESTED: pcaReconstructionDrift: expected at least 2 columns, got 1');
    const usage = await drift([...args, '--multivariate', '--multivariate-columns', 'a,b'], dir);
    expect(usage.err).toBe(
      "mlhealth drift: --multivariate-columns: column 'b' has no values in reference e.ref.csv\n",
    );
  });
});

describe('mlhealth drift --multivariate classifier', () => {
  it('reports the cross-validated AUC, its threshold and the separating features, the same on every run', async () => {
    const c = caseNamed('correlated_decoupled');
    const args = ['--reference', csv('c.ref.csv', c.reference), '--current', csv('c.cur.csv', c.current)];
    const first = await json([...args, '--multivariate', 'classifier']);
    const second = await json([...args, '--multivariate', 'classifier']);
    expect(second.multivariate).toEqual(first.multivariate);
    const mv = first.multivariate;
    expect(mv).toMatchObject({ method: 'classifier', threshold: 0.55, drifted: true, seed: 0 });
    expect(mv.statistic as number).toBeGreaterThanOrEqual(0.55);
    expect((mv.separating_features as { feature: string }[])[0].feature).toBe('x×y');
    const strict = await json([...args, '--multivariate', 'classifier', '--multivariate-threshold', '0.99']);
    expect(strict.multivariate.drifted).toBe(false);
    const table = await drift([...args, '--multivariate', 'classifier'], dir);
    expect(table.out).toMatch(/separating features +x×y \(/);
    // Every column's share of the separating weight, summing to 1; x and y (decoupled) lead.
    const shares = mv.feature_shares as { feature: string; share: number }[];
    expect(shares.reduce((a, f) => a + f.share, 0)).toBeCloseTo(1, 12);
    const ranked = [...shares].sort((a, b) => b.share - a.share).map((f) => f.feature);
    expect(ranked.slice(0, 2).sort()).toEqual(['x', 'y']);
    expect(table.out).toMatch(/feature shares +[xy] \d+\.\d%, [xy] \d+\.\d%/);
  });
});

describe('mlhealth drift --multivariate: usage errors exit 2 with one line', () => {
  const args = () => {
    const c = caseNamed('categorical_missing_unseen');
    return ['--reference', csv('u.ref.csv', c.reference), '--current', csv('u.cur.csv', c.current)];
  };
  it.each([
    [
      ['--multivariate', '--multivariate-columns', 'x,color'],
      "--multivariate-columns: no column 'color' in reference u.ref.csv (did you mean 'colour'?)",
    ],
    [
      ['--multivariate', '--multivariate-columns', 'x,zzzz'],
      "--multivariate-columns: no column 'zzzz' in reference u.ref.csv (columns: x, y, colour)",
    ],
    [['--multivariate', 'tsne'], "--multivariate 'tsne' is not one of pca, classifier"],
    [['--multivariate-columns', 'x,y'], '--multivariate-columns needs --multivariate'],
    [
      ['--multivariate', '--multivariate-threshold', '0.6'],
      '--multivariate-threshold and --multivariate-seed apply to --multivariate classifier; pca sets its band from the reference',
    ],
    [
      ['--multivariate', 'classifier', '--multivariate-threshold', '0.4'],
      "--multivariate-threshold '0.4' is not a number ≥ 0.5 and ≤ 1",
    ],
    [['--multivariate', '--multivariate-columns', 'x,x'], "--multivariate-columns names 'x' twice"],
  ])('%j', async (extra, message) => {
    const { code, out, err } = await drift([...args(), ...extra], dir);
    expect({ code, out, err }).toEqual({ code: 2, out: '', err: `mlhealth drift: ${message}\n` });
  });
});
