"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runCliTimed = runCliTimed;
/**
 * Times the built CLI end to end (`node exporter/dist/cli/main.js drift ...` in a child process, parsing
 * included) and measures its peak resident set size: with GNU `/usr/bin/time -v` when present, else
 * through a preloaded module that prints `process.resourceUsage().maxRSS` at exit.
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const TIME = '/usr/bin/time';
/** Runs `node mainJs drift ...args` once and returns its wall time, peak RSS and output. */
function runCliTimed(mainJs, args, outDir) {
    const useTime = (0, node_fs_1.existsSync)(TIME) && (0, node_child_process_1.spawnSync)(TIME, ['-v', 'true']).status === 0;
    let argv;
    let program;
    if (useTime) {
        program = TIME;
        argv = ['-v', process.execPath, mainJs, 'drift', ...args];
    }
    else {
        const preload = (0, node_path_1.join)(outDir, 'report-max-rss.js');
        (0, node_fs_1.writeFileSync)(preload, "process.on('exit', () => process.stderr.write(`MAXRSS_KB ${process.resourceUsage().maxRSS}\\n`));\n");
        program = process.execPath;
        argv = ['--require', preload, mainJs, 'drift', ...args];
    }
    const loadBefore = (0, node_os_1.loadavg)();
    const start = process.hrtime.bigint();
    const child = (0, node_child_process_1.spawnSync)(program, argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    const stderr = child.stderr ?? '';
    const kb = useTime
        ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
        : /MAXRSS_KB (\d+)/.exec(stderr);
    const seconds = (label) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? Number.NaN);
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
//# sourceMappingURL=driftCli.js.map