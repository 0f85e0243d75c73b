"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MINIMAL = exports.EXAMPLES_DIR = void 0;
exports.positionOf = positionOf;
/**
 * Spec texts and helpers shared by the spec tests.
 */
const node_path_1 = require("node:path");
exports.EXAMPLES_DIR = (0, node_path_1.join)(__dirname, '..', '..', '..', 'examples');
/** A small valid spec: one model, two base nodes, a component and a business node. */
exports.MINIMAL = `api_version: mlhealth/v1
name: mini
version: 1.0.0
models:
  - id: m
    version: '1'
    task: classification
    features:
      - { name: x, type: numeric, range: [0, 10] }
      - { name: c, type: categorical, categories: [a, b] }
nodes:
  - id: m.drift.x
    tier: base
    model: m
    signal: { kind: feature_drift, feature: x, method: psi }
    thresholds: { warning: 0.1, critical: 0.25 }
  - id: m.errors
    tier: base
    model: m
    signal: { kind: error_ratio }
    thresholds: { warning: 0.01, critical: 0.05 }
  - id: m.health
    tier: component
    model: m
    children: [m.drift.x, m.errors]
    rollup: { rule: worst_of }
  - id: outcome
    tier: business
    children: [m.health]
    rollup: { rule: worst_of }
`;
/** 1-based line and column of the `occurrence`-th (1-based) appearance of `needle` in `text`. */
function positionOf(text, needle, occurrence = 1) {
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0)
            throw new Error(`positionOf: '${needle}' occurs fewer than ${occurrence} times`);
    }
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    return { line, column: index - before.lastIndexOf('\n') };
}
//# sourceMappingURL=specs.js.map