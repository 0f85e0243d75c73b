/**
 * The README's ways of running the CLI in a checkout, as real processes: `npx mlhealth …` (the root
 * package.json exposes the bin) and `npm run mlhealth -- …` from a subdirectory, whose relative paths
 * resolve against that subdirectory (npm's INIT_CWD), not the repository root where npm runs the script.
 * Needs the built CLI: builds it first when `exporter/dist` is older than the CLI's entry point.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../..');
const DOCS = join(ROOT, 'docs');
/** A path that exists from docs/ and not from the repository root. */
const FROM_DOCS = '../exporter/examples/realistic.yaml';

/** Rebuilds exporter/dist when it lacks or predates the CLI entry point (npm test builds it first). */
function ensureBuilt(): void {
  const built = join(ROOT, 'exporter/dist/cli/invocationDir.js');
  const sources = ['exporter/src/cli/main.ts', 'exporter/src/cli/invocationDir.ts'].map((f) => join(ROOT, f));
  const stale = !existsSync(built) || sources.some((f) => statSync(f).mtimeMs > statSync(built).mtimeMs);
  if (!stale) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 150_000 });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}

/** The environment of a user's shell: no npm_* variables inherited from a surrounding `npm test`. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'INIT_CWD') env[k] = v;
  return env;
}

async function run(
  command: string,
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, {
      cwd,
      env: userEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('running the CLI in a checkout', () => {
  beforeAll(ensureBuilt, 160_000);

  it('npx --no-install mlhealth --help works from the repository root (the root package exposes the bin)', async () => {
    const r = await run('npx', ['--no-install', 'mlhealth', '--help'], ROOT);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^usage: mlhealth <command> \[options\]/);
    expect(r.stdout).toMatch(/\n {2}init {7}/);
  }, 70_000);

  it('npm run mlhealth -- validate PATH resolves PATH against the directory it was run from', async () => {
    const r = await run('npm', ['run', '-s', 'mlhealth', '--', 'validate', FROM_DOCS], DOCS);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^valid: payments-and-discovery /m);
  }, 70_000);

  it('npx mlhealth validate PATH from a subdirectory resolves PATH there too', async () => {
    const r = await run('npx', ['--no-install', 'mlhealth', 'validate', FROM_DOCS], DOCS);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^valid: payments-and-discovery /m);
  }, 70_000);

  it('a script that starts the CLI in a directory of its own keeps that directory (INIT_CWD inherited)', async () => {
    const env = { ...userEnv(), npm_lifecycle_event: 'test', INIT_CWD: ROOT };
    const r = spawnSync(process.execPath, [join(ROOT, 'exporter/dist/cli/main.js'), 'validate', FROM_DOCS], {
      cwd: DOCS,
      env,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^valid: payments-and-discovery /m);
  });
});
