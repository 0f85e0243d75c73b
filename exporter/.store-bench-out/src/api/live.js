"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NOT_READY = void 0;
exports.liveStateOf = liveStateOf;
exports.NOT_READY = {
    error: 'not ready',
    details: [{ path: '', message: 'no live cascade inputs yet (the first evaluation has not run)' }],
};
/**
 * A `GetLive` over the running engine. Scenarios are evaluated at the time of the last evaluation (not
 * the wall clock), so a scenario's `live` column equals the cascade `/metrics` and the JSON API show.
 * @example createScenarioRouter(liveStateOf(engine)) // 503 until engine.tick has evaluated once
 */
function liveStateOf(source) {
    return () => {
        const last = source.liveInputs();
        return last === null ? null : { spec: source.spec, inputs: last.inputs, now: last.at };
    };
}
//# sourceMappingURL=live.js.map