"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.demoReferencePath = demoReferencePath;
exports.demoReferenceSeed = demoReferenceSeed;
/**
 * Regenerates the demo's reference CSVs in `exporter/examples/data/` from the simulator's calm
 * distributions. Run from `exporter/`: `npx tsx src/demo/writeReferences.ts`. The output is deterministic:
 * running it twice gives the same bytes, and a test checks the committed files match.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const models_1 = require("./models");
const referenceCsv_1 = require("./referenceCsv");
/** Path of a demo model's committed reference file, relative to `exporter/`. */
function demoReferencePath(model) {
    return (0, node_path_1.join)('examples', 'data', `demo-${model}-reference.csv`);
}
/** The seed of one model's reference file. */
function demoReferenceSeed(index) {
    return referenceCsv_1.DEMO_REFERENCE_SEED + index;
}
if (require.main === module) {
    models_1.DEMO_MODELS.forEach((model, index) => {
        const path = (0, node_path_1.join)(__dirname, '..', '..', demoReferencePath(model.id));
        (0, node_fs_1.writeFileSync)(path, (0, referenceCsv_1.referenceCsv)(model, referenceCsv_1.DEMO_REFERENCE_ROWS, demoReferenceSeed(index)));
        process.stdout.write(`wrote ${path}\n`);
    });
}
//# sourceMappingURL=writeReferences.js.map