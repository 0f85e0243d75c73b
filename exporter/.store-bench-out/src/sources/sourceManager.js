"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SourceManager = void 0;
const pollTargets_1 = require("./pollTargets");
const credentials_1 = require("./credentials");
const promqlClient_1 = require("./promqlClient");
class SourceManager {
    spec;
    options;
    targets;
    states = new Map();
    lastBySource = new Map();
    timer = null;
    stopping = new AbortController();
    constructor(spec, options) {
        this.spec = spec;
        this.options = options;
        this.targets = (0, pollTargets_1.pollTargets)(spec);
        for (const t of this.targets)
            this.states.set((0, pollTargets_1.pollKey)(t.source.id, t.query), {
                result: null,
                observedAt: null,
                lastAttemptAt: null,
                inFlight: null,
            });
    }
    /** Polls due targets every `tickMs` until `stop()`; the timer does not keep the process alive. */
    start() {
        if (this.timer !== null)
            return;
        if (this.stopping.signal.aborted)
            this.stopping = new AbortController();
        void this.pollDue();
        this.timer = setInterval(() => void this.pollDue(), this.options.tickMs ?? 1000);
        this.timer.unref();
    }
    /** Stops polling and cancels queries in flight. */
    stop() {
        if (this.timer !== null)
            clearInterval(this.timer);
        this.timer = null;
        this.stopping.abort();
    }
    /** Polls every target whose cadence has elapsed and that is not already in flight. */
    pollDue() {
        const now = this.options.clock();
        const due = this.targets.filter((t) => {
            const s = this.states.get((0, pollTargets_1.pollKey)(t.source.id, t.query));
            return s.inFlight === null && (s.lastAttemptAt === null || now - s.lastAttemptAt >= t.cadence);
        });
        return Promise.all(due.map((t) => this.poll(t))).then(() => undefined);
    }
    /** Polls every target now (awaiting queries already in flight instead of doubling them). */
    pollAll() {
        return Promise.all(this.targets.map((t) => this.states.get((0, pollTargets_1.pollKey)(t.source.id, t.query)).inFlight ?? this.poll(t))).then(() => undefined);
    }
    poll(target) {
        const state = this.states.get((0, pollTargets_1.pollKey)(target.source.id, target.query));
        state.lastAttemptAt = this.options.clock();
        const run = async () => {
            const auth = (0, credentials_1.authorizationHeader)(target.source, this.options.secrets);
            const result = auth.ok
                ? await (0, promqlClient_1.queryPromql)({
                    url: target.source.url,
                    query: target.query,
                    timeoutSeconds: target.source.timeout,
                    authorization: auth.header,
                    signal: this.stopping.signal,
                }, this.options.fetch)
                : { ok: false, kind: 'auth', message: auth.message };
            const at = this.options.clock();
            state.result = result;
            if (result.ok)
                state.observedAt = at;
            this.lastBySource.set(target.source.id, { result, at });
        };
        state.inFlight = run().finally(() => {
            state.inFlight = null;
        });
        return state.inFlight;
    }
    /** The last reading of a (source, query) pair; undefined when the spec does not poll it. */
    reading(source, query) {
        const state = this.states.get((0, pollTargets_1.pollKey)(source, query));
        if (state === undefined)
            return undefined;
        const r = state.result;
        if (r === null)
            return { value: null, observedAt: null, up: false, reason: 'not polled yet' };
        if (!r.ok)
            return { value: null, observedAt: state.observedAt, up: false, reason: `${r.kind}: ${r.message}` };
        return r.value === null
            ? { value: null, observedAt: state.observedAt, up: true, reason: r.reason }
            : { value: r.value, observedAt: state.observedAt, up: true };
    }
    /** Every declared source: up when its last answered query succeeded (`mlhealth_source_up`). */
    sourceStatus() {
        return this.spec.sources.map((s) => {
            const last = this.lastBySource.get(s.id);
            const lastSuccessAt = Math.max(-Infinity, ...this.targets
                .filter((t) => t.source.id === s.id)
                .map((t) => this.states.get((0, pollTargets_1.pollKey)(s.id, t.query)).observedAt ?? -Infinity));
            const success = Number.isFinite(lastSuccessAt) ? lastSuccessAt : null;
            if (last === undefined)
                return {
                    source: s.id,
                    up: false,
                    reason: this.targets.some((t) => t.source.id === s.id)
                        ? 'not polled yet'
                        : 'no node reads this source',
                    lastSuccessAt: success,
                };
            return last.result.ok
                ? { source: s.id, up: true, lastSuccessAt: success }
                : {
                    source: s.id,
                    up: false,
                    reason: `${last.result.kind}: ${last.result.message}`,
                    lastSuccessAt: success,
                };
        });
    }
    /** Exposure values of business nodes that read a series (CascadeInputs.exposures); null when unknown. */
    exposures() {
        const out = new Map();
        for (const node of this.spec.nodes) {
            const exposure = node.impact?.exposure;
            if (exposure && 'source' in exposure)
                out.set(node.id, this.reading(exposure.source, exposure.query)?.value ?? null);
        }
        return out;
    }
    /** The targets polled, for diagnostics. */
    pollTargets() {
        return this.targets;
    }
}
exports.SourceManager = SourceManager;
//# sourceMappingURL=sourceManager.js.map