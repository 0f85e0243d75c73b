/**
 * Times the built CLI end to end (`node exporter/dist/cli/main.js drift ...` in a child process, parsing
 * included) and measures its peak resident set size: with GNU `/usr/bin/time -v` when present, else
 * through a preloaded module that prints `process.resourceUsage().maxRSS` at exit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

export interface CliRun {
  command: string;
  exitCode: number | null;
  wallSeconds: number;
  /** User + system CPU seconds of the child (NaN without /usr/bin/time). */
  cpuSeconds: number;
  peakRssMiB: number;
  /** 1, 5 and 15 minute load averages when the run started: the machine may be shared. */
  loadBefore: number[];
  rssSource: string;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

/** Runs `node mainJs drift ...args` once and returns its wall time, peak RSS and output. */
export function runCliTimed(mainJs: string, args: string[], outDir: string): CliRun {
  const useTime = existsSync(TIME) && spawnSync(TIME, ['-v', 'true']).status === 0;
  let argv: string[];
  let program: string;
  if (useTime) {
    program = TIME;
    argv = ['-v', process.execPath, mainJs, 'drift', ...args];
  } else {
    const preload = join(outDir, 'report-max-rss.js');
    writeFileSync(
      preload,
      "process.on('exit', () => process.stderr.write(`MAXRSS_KB ${process.resourceUsage().maxRSS}\\n`));\n",
    );
    program = process.execPath;
    argv = ['--require', preload, mainJs, 'drift', ...args];
  }
  const loadBefore = loadavg();
  const start = process.hrtime.bigint();
  const child = spawnSync(program, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const stderr = child.stderr ?? '';
  const kb = useTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
    : /MAXRSS_KB (\d+)/.exec(stderr);
  const seconds = (label: string) =>
    Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? Number.NaN);
  return {
    command: ['node', mainJs, 'drift', ...args].join(' '),
    exitCode: child.status,
    wallSeconds,
    cpuSeconds: seconds('User') + seconds('System'),
    loadBefore,
    peakRssMiB: kb === null ? Number.NaN : Number(kb[1]) / 1024,
    rssSource: useTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS',
    stdout: child.stdout ?? '',
    stderr,
  };
}
