"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createDependencyRouter = createDependencyRouter;
/**
 * `GET /api/v1/dependencies`: the dependency graph, every input's reach, and the single points of
 * failure with their simulated business impact against live inputs. `?format=mermaid` answers the graph
 * as a Mermaid flowchart (text/plain). Mount with `app.use(createDependencyRouter(...))`.
 */
const express_1 = require("express");
const format_1 = require("../risk/format");
const report_1 = require("../risk/report");
const live_1 = require("./live");
const open = (_req, _res, next) => next();
/**
 * The dependency route. 400 for an unknown `format`, 503 before the first evaluation.
 * @example app.use(createDependencyRouter(() => ({ spec, inputs: engine.inputs(), now: Date.now() / 1000 })))
 */
function createDependencyRouter(getLive, options = {}) {
    const router = (0, express_1.Router)();
    router.get('/api/v1/dependencies', options.guard ?? open, (req, res) => {
        const format = req.query.format ?? 'json';
        if (format !== 'json' && format !== 'mermaid') {
            const body = {
                error: 'invalid query',
                details: [{ path: 'format', message: `${JSON.stringify(format)} is not one of json, mermaid` }],
            };
            res.status(400).json(body);
            return;
        }
        const live = getLive();
        if (live === null) {
            res.status(503).json(live_1.NOT_READY);
            return;
        }
        const report = (0, report_1.dependencyReport)(live.spec, live.inputs, live.now);
        if (format === 'mermaid')
            res.type('text/plain').send((0, format_1.dependencyMermaid)(report));
        else
            res.json(report);
    });
    return router;
}
//# sourceMappingURL=dependencyRouter.js.map