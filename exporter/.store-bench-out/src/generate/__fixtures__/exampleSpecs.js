"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TEST_SPECS = void 0;
exports.forAlertmanager025 = forAlertmanager025;
/** The specs generator tests run over: the hand-built fixture and the example specs, loaded from disk. */
const node_path_1 = require("node:path");
const spec_1 = require("../../spec");
const spec_2 = require("./spec");
const EXAMPLES = (0, node_path_1.resolve)(__dirname, '../../../examples');
exports.TEST_SPECS = [
    ['fixture spec', async () => (0, spec_2.fixtureSpec)()],
    ['demo spec', async () => (await (0, spec_1.loadSpecFile)((0, node_path_1.resolve)(EXAMPLES, 'demo.yaml'))).spec],
    ['realistic spec', async () => (await (0, spec_1.loadSpecFile)((0, node_path_1.resolve)(EXAMPLES, 'realistic.yaml'))).spec],
];
/**
 * The generated Alertmanager configuration as 0.25 (the Debian amtool here) can read it: webhook
 * `url_file` exists from 0.26 on, so it is swapped for a placeholder `url`. Everything else is checked
 * as generated.
 */
function forAlertmanager025(config) {
    return config.replace(/url_file: \S+/g, 'url: http://127.0.0.1:9/url-file-placeholder');
}
//# sourceMappingURL=exampleSpecs.js.map