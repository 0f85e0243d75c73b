"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createAnnotationsRouter = createAnnotationsRouter;
/**
 * `POST /api/v1/annotations` (stored durably before the 201), `GET /api/v1/annotations` (search, newest
 * first; `format=grafana` for Grafana's JSON data sources), `GET` and `DELETE /api/v1/annotations/{id}`.
 * Routes carry their full path: mount with `app.use(createAnnotationsRouter(...))` before the app's
 * error handler, which answers the `HttpError`s thrown here as `{error, details: [{path, message}]}`.
 */
const express_1 = require("express");
const body_1 = require("../server/body");
const errors_1 = require("../server/errors");
const grafanaFormat_1 = require("./grafanaFormat");
const query_1 = require("./query");
const types_1 = require("./types");
const validate_1 = require("./validate");
const open = (_req, _res, next) => next();
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new errors_1.HttpError(400, 'malformed annotation body', [{ path: '', message: err.message }]);
    }
}
function idParam(value) {
    const id = Number(value);
    if (!Number.isSafeInteger(id) || id < 1)
        throw new errors_1.HttpError(400, 'bad annotation id', [
            { path: ':id', message: `'${String(value)}' is not a positive integer` },
        ]);
    return id;
}
/** The annotation routes on `store`. */
function createAnnotationsRouter(store, options) {
    const router = (0, express_1.Router)();
    const guard = options.guard ?? (() => open);
    router.post('/api/v1/annotations', guard('ingest'), (0, body_1.rawBody)(options.maxBodyBytes ?? 64 * 1024), (req, res) => {
        const now = options.clock();
        const parsed = (0, validate_1.parseAnnotationBody)(parseJson((0, body_1.requestText)(req.body, req.get('content-type'))), {
            now,
            nodeExists: options.nodeExists,
        });
        if (!parsed.ok)
            throw new errors_1.HttpError(422, 'invalid annotation: nothing was stored', parsed.problems);
        const stored = store.addAnnotation(parsed.draft, now, options.pushToGrafana === true);
        options.onCreated?.(stored);
        res.status(201).location(`/api/v1/annotations/${stored.id}`).json((0, types_1.annotationJson)(stored));
    });
    router.get('/api/v1/annotations', guard('read'), (req, res) => {
        const parsed = (0, query_1.parseAnnotationQuery)(req.query);
        if (!parsed.ok)
            throw new errors_1.HttpError(400, 'invalid annotation query', parsed.problems);
        const found = store.queryAnnotations(parsed.parsed.query);
        if (parsed.parsed.format === 'grafana')
            res.json(found.map(grafanaFormat_1.grafanaAnnotationRow));
        else
            res.json({ annotations: found.map(types_1.annotationJson) });
    });
    router.get('/api/v1/annotations/:id', guard('read'), (req, res) => {
        const found = store.getAnnotation(idParam(req.params.id));
        if (found === null)
            throw new errors_1.HttpError(404, 'unknown annotation', [
                { path: ':id', message: `no annotation ${req.params.id}` },
            ]);
        res.json((0, types_1.annotationJson)(found));
    });
    router.delete('/api/v1/annotations/:id', guard('admin'), (req, res) => {
        if (!store.deleteAnnotation(idParam(req.params.id))) {
            throw new errors_1.HttpError(404, 'unknown annotation', [
                { path: ':id', message: `no annotation ${req.params.id}` },
            ]);
        }
        res.status(204).end();
    });
    return router;
}
//# sourceMappingURL=router.js.map