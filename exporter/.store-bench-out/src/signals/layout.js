"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildLayout = buildLayout;
const numericBinning_1 = require("./numericBinning");
/**
 * The bucket layout of a model. Complexity: O(features × fineBins). Throws nothing beyond
 * `NumericBinning`'s checks (a reference column with no values gets no binning).
 */
function buildLayout(model, nodes, defaults, reference, fineBins) {
    const features = model.features.map((f) => column(f.name, f.type, reference?.columns.get(f.name) ?? null, fineBins));
    const predictionType = model.task === 'regression' ? 'numeric' : 'categorical';
    const cuts = new Set();
    for (const node of nodes) {
        if (node.signal?.kind === 'low_confidence_share')
            cuts.add(node.signal.below ?? defaults.low_confidence_below);
    }
    return {
        features,
        names: features.map((f) => f.name),
        prediction: column('prediction', predictionType, reference?.prediction ?? null, fineBins),
        confidenceCuts: [...cuts].sort((a, b) => a - b),
        positiveClass: model.positive_class ?? null,
    };
}
function column(name, type, ref, fineBins) {
    const binning = type === 'numeric' && ref?.type === 'numeric' && ref.sorted.length > 0
        ? new numericBinning_1.NumericBinning(ref.sorted, fineBins)
        : null;
    return { name, type, binning };
}
//# sourceMappingURL=layout.js.map