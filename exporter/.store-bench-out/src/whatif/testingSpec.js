"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.examplePath = examplePath;
exports.loadExample = loadExample;
/**
 * Test helper: the example specs of `exporter/examples/`, loaded through the real loader.
 */
const node_path_1 = require("node:path");
const spec_1 = require("../spec");
/** The absolute path of an example spec, e.g. `examplePath('realistic.yaml')`. */
function examplePath(name) {
    return (0, node_path_1.join)(__dirname, '..', '..', 'examples', name);
}
/** Loads `exporter/examples/<name>` (throws the loader's SpecError when it is invalid). */
function loadExample(name) {
    return (0, spec_1.loadSpecFile)(examplePath(name));
}
//# sourceMappingURL=testingSpec.js.map