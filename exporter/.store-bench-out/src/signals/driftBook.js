"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DriftBook = void 0;
const driftTests_1 = require("./driftTests");
class DriftBook {
    inputs;
    features;
    settings;
    correction;
    defaults = null;
    rawDefaults = null;
    others = new Map();
    constructor(inputs, features, settings, correction) {
        this.inputs = inputs;
        this.features = features;
        this.settings = settings;
        this.correction = correction;
    }
    /** Every feature's default test, corrected, in spec order. */
    all() {
        if (this.defaults === null) {
            this.rawDefaults = this.inputs.map((input, i) => (0, driftTests_1.rawDriftTest)(input, this.features[i].drift_method, this.settings));
            this.defaults = (0, driftTests_1.correctFamily)(this.rawDefaults, this.correction);
        }
        return this.defaults;
    }
    /** One feature's test with `method` (its default when absent); undefined for an undeclared feature. */
    result(feature, method) {
        const i = this.features.findIndex((f) => f.name === feature);
        if (i < 0)
            return undefined;
        const defaults = this.all();
        if (method === undefined || method === defaults[i].method)
            return defaults[i];
        const key = `${feature}\u0000${method}`;
        let found = this.others.get(key);
        if (found === undefined) {
            const family = [...this.rawDefaults];
            family[i] = (0, driftTests_1.rawDriftTest)(this.inputs[i], method, this.settings);
            found = (0, driftTests_1.correctFamily)(family, this.correction)[i];
            this.others.set(key, found);
        }
        return found;
    }
}
exports.DriftBook = DriftBook;
//# sourceMappingURL=driftBook.js.map