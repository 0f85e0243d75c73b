"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodeUnit = nodeUnit;
/**
 * The unit of a node's value, for `mlhealth_node_info{unit}`: the spec's `unit` when given (the loader
 * fills it from the signal kind), else the signal kind's unit; parents are scored, so their unit is
 * `score`.
 */
const signalKinds_1 = require("../spec/signalKinds");
/** The unit label of a node. */
function nodeUnit(node) {
    if (node.unit !== undefined)
        return node.unit;
    if (node.signal === undefined)
        return 'score';
    return (0, signalKinds_1.signalUnit)(node.signal);
}
//# sourceMappingURL=nodeUnit.js.map