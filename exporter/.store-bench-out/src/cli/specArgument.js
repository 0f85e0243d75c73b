"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.onlySpecArgument = onlySpecArgument;
exports.loadSpecArgument = loadSpecArgument;
/**
 * The SPEC argument of the what-if, dependency and audit commands: exactly one file, loaded through
 * the spec loader; a spec with problems prints them (file:line:column) and fails with exit 2.
 */
const node_path_1 = require("node:path");
const spec_1 = require("../spec");
const io_1 = require("./io");
/** The one positional SPEC argument; throws UsageError when there is none or more than one. */
function onlySpecArgument(positionals) {
    if (positionals.length !== 1) {
        throw new io_1.UsageError(`expected one SPEC file, got ${positionals.length === 0 ? 'none' : positionals.join(' ')}`);
    }
    return positionals[0];
}
/** Loads the spec, printing every problem to stderr and throwing UsageError when it is invalid. */
async function loadSpecArgument(file, io) {
    try {
        return await (0, spec_1.loadSpecFile)((0, node_path_1.resolve)(io.cwd, file), { label: file });
    }
    catch (err) {
        if (err instanceof spec_1.SpecReadError)
            throw new io_1.UsageError(err.message);
        if (!(err instanceof spec_1.SpecError))
            throw err;
        io.stderr([...err.issues, ...err.warnings].map((i) => `${(0, spec_1.formatIssueForCli)(i)}\n`).join(''));
        throw new io_1.UsageError(`${file} is not a valid spec (${err.issues.length} error${err.issues.length === 1 ? '' : 's'})`);
    }
}
//# sourceMappingURL=specArgument.js.map