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
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCHEMA_FILE = void 0;
/**
 * Writes `exporter/schema/mlhealth-spec.schema.json` from `SPEC_SCHEMA`, formatted by the repository's
 * Prettier settings. Run after changing the schema: `npx tsx exporter/src/spec/schema/write.ts`
 * (a test fails while the committed file differs from `SPEC_SCHEMA`).
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const index_1 = require("./index");
/** The committed schema file. */
exports.SCHEMA_FILE = (0, node_path_1.join)(__dirname, '..', '..', '..', 'schema', 'mlhealth-spec.schema.json');
async function main() {
    const prettier = await Promise.resolve().then(() => __importStar(require('prettier')));
    const options = (await prettier.resolveConfig(exports.SCHEMA_FILE)) ?? {};
    const text = await prettier.format(JSON.stringify(index_1.SPEC_SCHEMA), { ...options, parser: 'json' });
    await (0, promises_1.writeFile)(exports.SCHEMA_FILE, text);
    process.stdout.write(`wrote ${exports.SCHEMA_FILE}\n`);
}
if (require.main === module) {
    main().catch((err) => {
        process.stderr.write(`${String(err)}\n`);
        process.exitCode = 1;
    });
}
//# sourceMappingURL=write.js.map