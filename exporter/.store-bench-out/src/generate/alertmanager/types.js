"use strict";
/** The parts of an Alertmanager 0.25 configuration that `mlhealth generate` writes. */
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=types.js.map