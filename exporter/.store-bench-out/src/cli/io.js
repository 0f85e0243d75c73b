"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UsageError = void 0;
/** An error whose message is meant for the user as it is (one line), with exit code 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
exports.UsageError = UsageError;
//# sourceMappingURL=io.js.map