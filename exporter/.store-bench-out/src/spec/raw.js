"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=raw.js.map