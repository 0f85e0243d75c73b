"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.decodeEventBatch = exports.encodeEventBatch = exports.APPLICATION_ID = exports.SCHEMA_VERSION = exports.StoreError = exports.STORE_FILE = exports.applyLogEntry = exports.replayModel = exports.DEFAULT_CHECKPOINT_POLICY = exports.checkpointDue = exports.Checkpointer = exports.GroupCommit = exports.MAX_AUTOMATIC_ANNOTATIONS = exports.Store = exports.openMemoryStore = exports.openStore = void 0;
/**
 * The durable store (embedded SQLite, WAL): the ingest log and checkpoints that make a 2xx mean "on
 * disk", reference profiles, spec history, the last cascade and annotations. docs/durability.md.
 */
var store_1 = require("./store");
Object.defineProperty(exports, "openStore", { enumerable: true, get: function () { return store_1.openStore; } });
Object.defineProperty(exports, "openMemoryStore", { enumerable: true, get: function () { return store_1.openMemoryStore; } });
Object.defineProperty(exports, "Store", { enumerable: true, get: function () { return store_1.Store; } });
Object.defineProperty(exports, "MAX_AUTOMATIC_ANNOTATIONS", { enumerable: true, get: function () { return store_1.MAX_AUTOMATIC_ANNOTATIONS; } });
var groupCommit_1 = require("./groupCommit");
Object.defineProperty(exports, "GroupCommit", { enumerable: true, get: function () { return groupCommit_1.GroupCommit; } });
var checkpointer_1 = require("./checkpointer");
Object.defineProperty(exports, "Checkpointer", { enumerable: true, get: function () { return checkpointer_1.Checkpointer; } });
Object.defineProperty(exports, "checkpointDue", { enumerable: true, get: function () { return checkpointer_1.checkpointDue; } });
Object.defineProperty(exports, "DEFAULT_CHECKPOINT_POLICY", { enumerable: true, get: function () { return checkpointer_1.DEFAULT_CHECKPOINT_POLICY; } });
var replay_1 = require("./replay");
Object.defineProperty(exports, "replayModel", { enumerable: true, get: function () { return replay_1.replayModel; } });
Object.defineProperty(exports, "applyLogEntry", { enumerable: true, get: function () { return replay_1.applyLogEntry; } });
var openDatabase_1 = require("./openDatabase");
Object.defineProperty(exports, "STORE_FILE", { enumerable: true, get: function () { return openDatabase_1.STORE_FILE; } });
var storeError_1 = require("./storeError");
Object.defineProperty(exports, "StoreError", { enumerable: true, get: function () { return storeError_1.StoreError; } });
var schema_1 = require("./schema");
Object.defineProperty(exports, "SCHEMA_VERSION", { enumerable: true, get: function () { return schema_1.SCHEMA_VERSION; } });
Object.defineProperty(exports, "APPLICATION_ID", { enumerable: true, get: function () { return schema_1.APPLICATION_ID; } });
var batchCodec_1 = require("./batchCodec");
Object.defineProperty(exports, "encodeEventBatch", { enumerable: true, get: function () { return batchCodec_1.encodeEventBatch; } });
Object.defineProperty(exports, "decodeEventBatch", { enumerable: true, get: function () { return batchCodec_1.decodeEventBatch; } });
__exportStar(require("./types"), exports);
//# sourceMappingURL=index.js.map