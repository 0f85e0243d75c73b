"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runExporter = runExporter;
/**
 * The exporter as a command (`node dist/main.js`, `mlhealth serve`): parses the flags, starts the
 * exporter built by the composition root (`main.ts`), prints the banner and spec warnings, and runs
 * until SIGTERM/SIGINT. An invalid spec is refused with every problem listed (exit 2).
 */
const node_path_1 = require("node:path");
const io_1 = require("../cli/io");
const main_1 = require("../main");
const spec_1 = require("../spec");
const storeError_1 = require("../store/storeError");
const banner_1 = require("./banner");
const options_1 = require("./options");
const security_1 = require("../security");
function printSpecProblems(err, io) {
    io.stderr(`mlhealth: the spec is invalid, not starting (${err.issues.length} problem${err.issues.length === 1 ? '' : 's'}):\n`);
    for (const issue of err.issues)
        io.stderr((0, spec_1.formatIssueForCli)(issue) + '\n');
}
/** Waits for SIGTERM or SIGINT, once. */
function untilSignal() {
    return new Promise((resolve) => {
        const stop = (signal) => {
            process.off('SIGTERM', stop);
            process.off('SIGINT', stop);
            resolve(signal);
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
    });
}
/**
 * The data directory: the flag, else $MLHEALTH_DATA_DIR, else `./data` when a spec is given (the
 * demo keeps its state in memory unless asked); relative to the working directory.
 */
function dataDirOf(options, io) {
    const dir = options.dataDir ?? io.env.MLHEALTH_DATA_DIR ?? (options.specPath !== undefined ? 'data' : undefined);
    return dir === undefined || dir === '' ? undefined : (0, node_path_1.resolve)(io.cwd, dir);
}
/**
 * Runs the exporter until SIGTERM/SIGINT; the exit code: 0 after a clean shutdown, 2 for bad flags, an
 * invalid spec (every problem printed) or an unreadable file.
 */
async function runExporter(argv, io) {
    // The security flags (docs/security.md) are taken out first; the server's parser gets the rest.
    const { options: security, rest } = (0, security_1.parseSecurityOptions)(argv);
    const parsed = (0, options_1.parseServeOptions)(rest);
    if (parsed === null) {
        io.stdout(`${options_1.SERVE_USAGE}\n${security_1.SECURITY_USAGE}`);
        return 0;
    }
    const dataDir = dataDirOf(parsed, io);
    const options = { ...parsed, ...(dataDir !== undefined ? { dataDir } : {}) };
    let running;
    try {
        running = await (0, main_1.startExporter)({
            ...options,
            security,
            securityEnv: io.env,
            log: (line) => io.stderr(line + '\n'),
        });
    }
    catch (err) {
        if (err instanceof spec_1.SpecError) {
            printSpecProblems(err, io);
            return 2;
        }
        if (err instanceof spec_1.SpecReadError)
            throw new io_1.UsageError(err.message);
        if (err instanceof storeError_1.StoreError)
            throw new io_1.UsageError(err.message);
        throw err;
    }
    const { built } = running;
    for (const w of built.loaded.warnings)
        io.stderr((0, spec_1.formatIssueForCli)(w) + '\n');
    io.stderr(`mlhealth: ${built.security.describe()}\n`);
    io.stdout((0, banner_1.startBanner)({
        url: running.url,
        buildVersion: built.buildVersion,
        spec: {
            name: built.loaded.spec.name,
            version: built.loaded.spec.version,
            sha256: built.loaded.sha256,
            file: built.loaded.file,
        },
        demo: built.demo === null ? null : { timeScale: built.demo.timeScale, seed: built.demo.seed },
        preview: true,
        ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    }));
    const signal = await untilSignal();
    io.stderr(`mlhealth: ${signal}, shutting down\n`);
    await running.close();
    return 0;
}
//# sourceMappingURL=run.js.map