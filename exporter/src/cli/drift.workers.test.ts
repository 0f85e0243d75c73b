/**
 * `mlhealth drift` on files large enough for worker threads prints the same report, byte for byte, as
 * with everything on the main thread (`--workers 1`); `--workers` and MLHEALTH_WORKERS are checked.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARALLEL_MIN_BYTES } from './driftThreads';
import { runCli } from './main';

let dir: string;

/** mulberry32, seeded. */
function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 70 000 rows: numeric columns (one shifted in the current file, one with gaps), categories, a constant. */
function writeTable(path: string, seed: number, current: boolean): void {
  const rand = uniform(seed);
  const header = 'a,b,c,d,e,f,gaps,constant,empty,city,plan';
  const lines = [header];
  for (let i = 0; i < 70000; i++) {
    const cells = [0, 1, 2, 3, 4, 5].map((j) =>
      ((current && j === 2 ? 0.4 : 0) + rand() * (j + 1)).toFixed(4),
    );
    cells.push(rand() < 0.1 ? '' : (rand() * 50).toFixed(2), '7', current ? '' : String(i % 13));
    cells.push(`city${Math.floor(rand() * (current ? 9 : 8))}`, rand() < 0.3 ? 'pro' : 'free');
    lines.push(cells.join(','));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlhealth-drift-workers-'));
  writeTable(join(dir, 'ref.csv'), 1, false);
  writeTable(join(dir, 'cur.csv'), 2, true);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function drift(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), cwd: dir, env };
  const code = await runCli(['drift', '--reference', 'ref.csv', '--current', 'cur.csv', ...args], io);
  return { code, out, err };
}

describe('mlhealth drift with worker threads', () => {
  it('files large enough for threads', () => {
    const size = statSync(join(dir, 'ref.csv')).size + statSync(join(dir, 'cur.csv')).size;
    expect(size).toBeGreaterThanOrEqual(PARALLEL_MIN_BYTES);
  });

  it('prints the same JSON report with two threads (--workers or MLHEALTH_WORKERS) as on the main thread', async () => {
    const sequential = await drift(['--format', 'json', '--workers', '1']);
    expect(sequential.code).toBe(0);
    expect(await drift(['--format', 'json', '--workers', '2'])).toEqual(sequential);
    expect(await drift(['--format', 'json'], { MLHEALTH_WORKERS: '2' })).toEqual(sequential);
    const report = JSON.parse(sequential.out) as {
      features: { name: string; drifted: boolean | null; error: string | null }[];
    };
    expect(report.features.map((f) => f.name)).toEqual(
      'a,b,c,d,e,f,gaps,constant,empty,city,plan'.split(','),
    );
    expect(report.features.filter((f) => f.drifted === true).map((f) => f.name)).toEqual(['c', 'city']);
    expect(report.features.find((f) => f.name === 'empty')?.error).toMatch(/no usable values in the current/);
  });

  it('prints the same table with two threads as on the main thread', async () => {
    const sequential = await drift(['--workers', '1', '--method', 'ks']);
    expect(sequential.code).toBe(0);
    expect(await drift(['--workers', '2', '--method', 'ks'])).toEqual(sequential);
  });

  it('refuses a bad --workers or MLHEALTH_WORKERS with exit 2', async () => {
    const zero = await drift(['--workers', '0']);
    expect([zero.code, zero.err]).toEqual([
      2,
      "mlhealth drift: --workers '0' is not an integer ≥ 1 and ≤ 1024\n",
    ]);
    const env = await drift([], { MLHEALTH_WORKERS: 'many' });
    expect([env.code, env.err]).toEqual([
      2,
      "mlhealth drift: MLHEALTH_WORKERS='many' is not an integer ≥ 1 and ≤ 1024\n",
    ]);
  });
});
