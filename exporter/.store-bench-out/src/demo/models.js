"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_MODELS = void 0;
/** The demo's simulated models, in the order of the demo spec. */
const fraudModel_1 = require("./fraudModel");
const recsModel_1 = require("./recsModel");
exports.DEMO_MODELS = [fraudModel_1.FRAUD_MODEL, recsModel_1.RECS_MODEL];
//# sourceMappingURL=models.js.map