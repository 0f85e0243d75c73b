"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.specValidator = specValidator;
exports.validateAgainstSchema = validateAgainstSchema;
/**
 * Validates raw spec data against `SPEC_SCHEMA` with ajv (allErrors) and turns ajv's errors into
 * positioned-later issues with readable messages: one message per problem, union noise collapsed.
 */
const ajv_1 = __importDefault(require("ajv"));
const ajv_formats_1 = __importDefault(require("ajv-formats"));
const schema_1 = require("./schema");
const ajvErrors_1 = require("./ajvErrors");
let compiled;
/** The compiled validator of `SPEC_SCHEMA` (compiled once per process). */
function specValidator() {
    if (compiled === undefined) {
        const ajv = new ajv_1.default({
            allErrors: true,
            strict: true,
            strictRequired: false,
            discriminator: true,
            allowUnionTypes: true,
            verbose: true,
        });
        (0, ajv_formats_1.default)(ajv);
        compiled = ajv.compile(schema_1.SPEC_SCHEMA);
    }
    return compiled;
}
/**
 * Every schema problem of `data`, as pending issues (paths, not yet positions).
 *
 * @example validateAgainstSchema({ api_version: 'mlhealth/v1' }) // [{ path: [], message: "missing required key 'name'", ... }, ...]
 */
function validateAgainstSchema(data) {
    if (data === null || data === undefined) {
        return [
            {
                path: [],
                message: 'the spec is empty; expected a mapping with api_version, name, version, nodes',
                severity: 'error',
            },
        ];
    }
    const validate = specValidator();
    if (validate(data))
        return [];
    return (0, ajvErrors_1.simplifyErrors)((validate.errors ?? []), data);
}
//# sourceMappingURL=validateSchema.js.map