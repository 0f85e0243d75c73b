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
exports.bodyErrors = void 0;
exports.createScenarioRouter = createScenarioRouter;
/**
 * `POST /api/v1/scenarios` (a what-if run against live inputs) and `GET /api/v1/scenarios` (the named
 * scenarios of the spec with their current impact). Routes carry their full path: mount with
 * `app.use(createScenarioRouter(...))`. Live state is only read; every run works on copies.
 */
const express_1 = __importStar(require("express"));
const named_1 = require("../whatif/named");
const request_1 = require("../whatif/request");
const run_1 = require("../whatif/run");
const json_1 = require("../whatif/json");
const live_1 = require("./live");
const open = (_req, _res, next) => next();
/** JSON parse and size errors of the body, answered in the API's error shape; anything else goes on. */
const bodyErrors = (err, _req, res, next) => {
    const type = typeof err === 'object' && err !== null ? err.type : undefined;
    if (type === 'entity.too.large') {
        const limit = err.limit;
        const body = {
            error: 'request body too large',
            details: [{ path: '', message: `the limit is ${limit} bytes` }],
        };
        res.status(413).json(body);
    }
    else if (type === 'entity.parse.failed') {
        const body = {
            error: 'invalid JSON',
            details: [{ path: '', message: err.message }],
        };
        res.status(400).json(body);
    }
    else
        next(err);
};
exports.bodyErrors = bodyErrors;
function postScenario(getLive) {
    return (req, res) => {
        const parsed = (0, request_1.parseScenarioRequest)(req.body);
        if (!parsed.ok) {
            const body = { error: 'invalid scenario', details: parsed.issues };
            res.status(400).json(body);
            return;
        }
        const live = getLive();
        if (live === null) {
            res.status(503).json(live_1.NOT_READY);
            return;
        }
        try {
            const outcome = (0, run_1.runScenario)(live.spec, live.inputs, parsed.request, live.now);
            res.json((0, json_1.scenarioJson)(live.spec, outcome));
        }
        catch (err) {
            if (!(err instanceof run_1.ScenarioRequestError))
                throw err;
            const body = { error: 'scenario does not fit the spec', details: err.issues };
            res.status(400).json(body);
        }
    };
}
function listScenarios(getLive) {
    return (_req, res) => {
        const live = getLive();
        if (live === null) {
            res.status(503).json(live_1.NOT_READY);
            return;
        }
        const rows = (0, named_1.evaluateNamedScenarios)(live.spec, live.inputs, live.now);
        const scenarios = live.spec.scenarios.map((s) => ({
            id: s.id,
            title: s.title,
            description: s.description ?? null,
            changes: s.changes,
            impacts: rows
                .filter((r) => r.scenario === s.id)
                .map(({ node, measure, value }) => ({ node, measure, value })),
        }));
        res.json({ at: live.now, scenarios });
    };
}
/**
 * The scenario routes. A body that is not a valid request, or names what the spec lacks, gets 400
 * `{error, details: [{path, message}]}` listing every problem; before the first evaluation, 503.
 *
 * @example app.use(createScenarioRouter(() => ({ spec, inputs: engine.inputs(), now: Date.now() / 1000 })))
 */
function createScenarioRouter(getLive, options = {}) {
    const router = (0, express_1.Router)();
    const guard = options.guard ?? open;
    const json = express_1.default.json({ limit: options.maxBodyBytes ?? 64 * 1024, type: () => true });
    router.post('/api/v1/scenarios', guard, json, postScenario(getLive));
    router.get('/api/v1/scenarios', guard, listScenarios(getLive));
    router.use('/api/v1/scenarios', exports.bodyErrors);
    return router;
}
//# sourceMappingURL=scenarioRouter.js.map