"use strict";
/** The shape of a `promtool test rules` file (Prometheus 2.42 unit-testing format). */
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=types.js.map