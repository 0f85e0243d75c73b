/**
 * The house rules of exporter/src hold and bite: ESLint (the repository's own config, as `npm test` runs
 * it) refuses an import that goes up the layers of exporter/layers.mjs (the only way to make a cycle
 * between rooms), a product file over 250 lines and a function over 60, and every room is listed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

const HOUSE_RULES = new Set(['no-restricted-imports', 'max-lines', 'max-lines-per-function']);

/** The house rules ESLint reports for each `[code, file]`, in one child process. */
function lint(cases: [code: string, file: string][]): string[][] {
  const run = spawnSync(process.execPath, [join(__dirname, 'lintTexts.mjs'), ROOT], {
    input: JSON.stringify(cases.map(([code, file]) => ({ code, file }))),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`lintTexts.mjs exited ${run.status}: ${run.stderr}`);
  return (JSON.parse(run.stdout) as string[][]).map((ids) => ids.filter((id) => HOUSE_RULES.has(id)));
}

const fn = (lines: number) =>
  `export function long(): number {\n  let x = 0;\n${'  x += 1;\n'.repeat(lines - 4)}  return x;\n}\n`;
const big = `export const a = 1;\n${'// filler\n'.repeat(250)}`;

describe('exporter/layers.mjs and the size rules, through ESLint', () => {
  const [typeUp, reexportUp, mainUp, down, sameName, testUp, fn60, fn61, bigFile, bigTest] = lint([
    ["import type { Engine } from '../engine/engine';\n", 'exporter/src/spec/x.ts'],
    ["export { createApp } from '../../server/app';\n", 'exporter/src/stats/sub/x.ts'],
    ["import { runCli } from './cli/main';\n", 'exporter/src/main.ts'],
    ["import type { Spec } from '../spec/types';\n", 'exporter/src/cascade/x.ts'],
    ["import { x } from './cascade';\n", 'exporter/src/spec/semantic/x.ts'],
    ["import { x } from '../server/x';\n", 'exporter/src/engine/x.test.ts'],
    [fn(60), 'exporter/src/stats/x.ts'],
    [fn(61), 'exporter/src/stats/x.ts'],
    [big, 'exporter/src/stats/x.ts'],
    [big + fn(80), 'exporter/src/stats/x.test.ts'],
  ]);

  it('refuses an import from a lower room into a higher one, types and re-exports included', () => {
    expect(typeUp).toContain('no-restricted-imports');
    expect(reexportUp).toContain('no-restricted-imports');
    expect(mainUp).toContain('no-restricted-imports');
  });

  it('allows imports downwards, inside a room (a file named like a room too), and from tests', () => {
    expect(down).toEqual([]);
    expect(sameName).toEqual([]);
    expect(testUp).toEqual([]);
  });

  it('refuses a product function over 60 lines and a product file over 250 lines, not in tests', () => {
    expect(fn60).toEqual([]);
    expect(fn61).toContain('max-lines-per-function');
    expect(bigFile).toContain('max-lines');
    expect(bigTest).toEqual([]);
  });

  it('fails the lint on a folder of exporter/src that is not a listed room', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { unlistedRooms, LAYERS } from './exporter/layers.mjs'; console.log(JSON.stringify({ unlisted: unlistedRooms(), layers: LAYERS }));",
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const { unlisted, layers } = JSON.parse(run.stdout) as { unlisted: string[]; layers: string[] };
    expect(unlisted).toEqual([]);
    expect(new Set(layers).size).toBe(layers.length);
  });
});
