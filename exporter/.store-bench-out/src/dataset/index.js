"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.inferType = exports.pairColumns = exports.DISTINCT_LIMIT = exports.formatDatasetMessage = exports.DatasetError = exports.formatOf = exports.readDataset = void 0;
/** Streaming readers for reference and current data files, and the pairing of their columns for drift tests. */
var readDataset_1 = require("./readDataset");
Object.defineProperty(exports, "readDataset", { enumerable: true, get: function () { return readDataset_1.readDataset; } });
Object.defineProperty(exports, "formatOf", { enumerable: true, get: function () { return readDataset_1.formatOf; } });
var datasetError_1 = require("./datasetError");
Object.defineProperty(exports, "DatasetError", { enumerable: true, get: function () { return datasetError_1.DatasetError; } });
Object.defineProperty(exports, "formatDatasetMessage", { enumerable: true, get: function () { return datasetError_1.formatDatasetMessage; } });
var columnAccumulator_1 = require("./columnAccumulator");
Object.defineProperty(exports, "DISTINCT_LIMIT", { enumerable: true, get: function () { return columnAccumulator_1.DISTINCT_LIMIT; } });
var pairColumns_1 = require("./pairColumns");
Object.defineProperty(exports, "pairColumns", { enumerable: true, get: function () { return pairColumns_1.pairColumns; } });
Object.defineProperty(exports, "inferType", { enumerable: true, get: function () { return pairColumns_1.inferType; } });
//# sourceMappingURL=index.js.map