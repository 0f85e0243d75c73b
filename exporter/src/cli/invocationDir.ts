/**
 * The directory relative paths on the command line are resolved against. `npm run mlhealth -- …` runs
 * the CLI in the root package's directory, wherever the user typed it; npm names the user's directory
 * in `INIT_CWD`. It is used only when the process is that very script (`npm_lifecycle_event` is
 * `mlhealth`): every process started under any npm script inherits `INIT_CWD`, and a test or a script
 * that starts the CLI in a directory of its own means that directory.
 */

/** The npm script in the root package.json that runs the CLI. */
export const NPM_SCRIPT = 'mlhealth';

/**
 * `INIT_CWD` when the process runs as `npm run mlhealth`, else `cwd`.
 * @example invocationDir({ npm_lifecycle_event: 'mlhealth', INIT_CWD: '/home/me/specs' }, '/repo') // '/home/me/specs'
 * @example invocationDir({ npm_lifecycle_event: 'test', INIT_CWD: '/home/me' }, '/tmp/x') // '/tmp/x'
 */
export function invocationDir(env: Record<string, string | undefined>, cwd: string): string {
  const initCwd = env.INIT_CWD;
  return env.npm_lifecycle_event === NPM_SCRIPT && initCwd !== undefined && initCwd !== '' ? initCwd : cwd;
}
